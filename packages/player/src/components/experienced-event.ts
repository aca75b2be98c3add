/** Detail of `dlis-experienced`: a block was seen to its end (the last step of a process). */
export interface ExperiencedDetail {
  blockId: string;
}

/**
 * The event an add-on block raises once a learner has seen it to its end; bubbling and composed like the
 * player's events (events.ts). The xAPI reporter listens for it on the window (tracking's block statements);
 * the core player does not, so it costs nothing in packages without xAPI.
 */
export function experiencedEvent(blockId: string): CustomEvent<ExperiencedDetail> {
  return new CustomEvent('dlis-experienced', { detail: { blockId }, bubbles: true, composed: true });
}
