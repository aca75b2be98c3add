import type { ConditionalContent } from './conditional-content.ts';

/** Where the conditional add-on (addon-conditional.ts) puts the conditional-content logic, and the event it then raises on window. */
const CONDITIONAL_GLOBAL = 'DLIS_CONDITIONAL';
const CONDITIONAL_READY = 'dlis-conditional-ready';

type Host = Record<string, ConditionalContent | undefined>;

/** Called by the conditional add-on when it runs. */
export function registerConditional(content: ConditionalContent): void {
  (globalThis as unknown as Host)[CONDITIONAL_GLOBAL] = content;
  globalThis.dispatchEvent?.(new Event(CONDITIONAL_READY));
}

/**
 * The conditional-content logic, once the conditional add-on has run (packages of courses with variables ship it; its
 * script runs right after the player's). Resolves with undefined once the page has loaded without it: the course
 * is then shown whole rather than not at all.
 */
export function conditionalAddon(): Promise<ConditionalContent | undefined> {
  const lent = () => (globalThis as unknown as Host)[CONDITIONAL_GLOBAL];
  return new Promise((resolve) => {
    const done = () => resolve(lent());
    if (lent() || document.readyState === 'complete') done();
    addEventListener(CONDITIONAL_READY, done);
    addEventListener('load', done);
  });
}
