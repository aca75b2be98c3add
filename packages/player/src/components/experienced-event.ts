/** Detail of `dlis-experienced`: a block was seen to its end (the last step of a process). */
export interface ExperiencedDetail {
  blockId: string;
}

/**
 * The event an add-on block raises once a learner has seen it to its end; bubbling and composed like the
 * player's events (events.ts). The xAPI code of the tracking package listens for it on the window
 * (@dlis/tracking experienced-blocks.ts: an `experienced` statement, once per attempt), so the core player
 * stays as it is; SCORM packages record nothing for it.
 */
export function experiencedEvent(blockId: string): CustomEvent<ExperiencedDetail> {
  return new CustomEvent('dlis-experienced', { detail: { blockId }, bubbles: true, composed: true });
}
