/**
 * The DOM events the player's components raise. Blocks and menus only raise events; the shell
 * (`dlis-player`) listens and acts. All bubble and are composed, so they cross shadow roots.
 */

/** Go to a route (a page id, or RESULTS_ROUTE). */
export interface NavigateDetail {
  route: string;
}

/** The learner checked an answer. */
export interface AnswerDetail {
  questionId: string;
  /** Selected choice ids, in course order. */
  response: string[];
}

export const PlayerEvent = {
  navigate: 'dlis-navigate',
  answer: 'dlis-answer',
  submitAssessment: 'dlis-submit-assessment',
} as const;

/** Creates a bubbling, composed event of the player. */
export function playerEvent<K extends keyof PlayerEventMap>(
  type: K,
  detail: PlayerEventMap[K] extends CustomEvent<infer D> ? D : never,
): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

export interface PlayerEventMap {
  'dlis-navigate': CustomEvent<NavigateDetail>;
  'dlis-answer': CustomEvent<AnswerDetail>;
  'dlis-submit-assessment': CustomEvent<undefined>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends PlayerEventMap {}
}
