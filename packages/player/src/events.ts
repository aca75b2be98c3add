/**
 * The DOM events the player's components raise. Blocks and menus only raise events; the shell
 * (`dlis-player`) listens and acts. All bubble and are composed, so they cross shadow roots.
 */

/** Go to a route (a page id, or RESULTS_ROUTE). */
export interface NavigateDetail {
  route: string;
  /** A glossary entry id: focus that term on the new page instead of the h1. */
  glossaryTerm?: string;
  /** A block id: scroll to that block of the new page and focus it (a search result, a deep link). */
  blockId?: string;
}

/** The learner checked an answer. */
export interface AnswerDetail {
  questionId: string;
  /** The response in the `SavedAnswer.response` encoding of the question kind (@dlis/tracking). */
  response: string[];
}

/** The learner ticked or unticked a checklist item. */
export interface ChecklistDetail {
  blockId: string;
  /** Ticked item ids, in list order. */
  ticked: string[];
}

/** The learner acted in a scenario: start (intro → first situation), a choice, or a replay. */
export interface ScenarioDetail {
  scenarioId: string;
  action: 'start' | 'choose' | 'replay';
  /** The choice taken (action 'choose'). */
  choiceId?: string;
}

/** The learner chose the value of a course variable (a variable-choice block). */
export interface VariableDetail {
  variable: string;
  value: string;
}

/** A tool sheet asks to be printed alone. */
export interface PrintSheetDetail {
  blockId: string;
}

export const PlayerEvent = {
  navigate: 'dlis-navigate',
  answer: 'dlis-answer',
  submitAssessment: 'dlis-submit-assessment',
  newAttempt: 'dlis-new-attempt',
  checklist: 'dlis-checklist',
  scenario: 'dlis-scenario',
  printSheet: 'dlis-print-sheet',
  variable: 'dlis-variable',
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
  'dlis-new-attempt': CustomEvent<undefined>;
  'dlis-checklist': CustomEvent<ChecklistDetail>;
  'dlis-scenario': CustomEvent<ScenarioDetail>;
  'dlis-print-sheet': CustomEvent<PrintSheetDetail>;
  'dlis-variable': CustomEvent<VariableDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends PlayerEventMap {}
}
