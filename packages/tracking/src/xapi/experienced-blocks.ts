import type { XapiReporter } from './xapi-reporter.ts';

/** The event the player's add-on blocks raise once seen to their end (player's experienced-event.ts). */
export const EXPERIENCED_EVENT = 'dlis-experienced';

/**
 * Reports the process blocks the learner goes through: the player's `dlis-experienced` events (bubbling and
 * composed, so they reach the window) become `experienced` statements of `reporter`. Here, in the xAPI code, and
 * not in the player's core: SCORM packages record nothing for it and carry none of this. Returns the listener's
 * removal.
 */
export function reportExperiencedBlocks(
  events: EventTarget | undefined,
  reporter: Pick<XapiReporter, 'experiencedProcess'>,
): () => void {
  // A window stand-in without events (tests of the SCORM API search pass one) reports nothing.
  if (typeof events?.addEventListener !== 'function') return () => {};
  const listener = (event: Event): void => {
    const blockId = (event as CustomEvent<{ blockId?: unknown } | null>).detail?.blockId;
    if (typeof blockId === 'string') reporter.experiencedProcess(blockId);
  };
  events.addEventListener(EXPERIENCED_EVENT, listener);
  return () => events.removeEventListener(EXPERIENCED_EVENT, listener);
}
