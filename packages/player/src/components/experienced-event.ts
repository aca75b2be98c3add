/** Detail of `dlis-experienced`: a block was seen to its end (the last step of a process). */
export interface ExperiencedDetail {
  blockId: string;
}

/**
 * The event an add-on block raises once a learner has seen it to its end; bubbling and composed like the
 * player's events (events.ts). Nothing records it yet: an `experienced` statement for the block would come from
 * a listener in the xAPI reporter (xAPI packages only), not from the core player, whose budget has no room.
 */
export function experiencedEvent(blockId: string): CustomEvent<ExperiencedDetail> {
  return new CustomEvent('dlis-experienced', { detail: { blockId }, bubbles: true, composed: true });
}
