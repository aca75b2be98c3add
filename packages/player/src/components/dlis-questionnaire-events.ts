/**
 * Events of the questionnaire add-on (issue 6). Like the player's own (events.ts) they bubble and are
 * composed; the shell (`dlis-player`) listens, saves the learner state and calls the Tracker.
 */
import type { QuestionnaireReport } from '../logic/questionnaire-report.ts';

/** Progress to save: `LearnerState.answers` responses by key (questionnaireStateKey); null removes an entry. */
export interface QuestionnaireSaveDetail {
  questionnaireId: string;
  entries: Record<string, string[] | null>;
}

/** The learner submitted the questionnaire: what to report, and the last progress to save with it. */
export interface QuestionnaireSubmitDetail extends QuestionnaireSaveDetail {
  report: QuestionnaireReport;
}

export const QuestionnaireEvent = {
  save: 'dlis-questionnaire-save',
  submit: 'dlis-questionnaire-submit',
} as const;

export function questionnaireEvent<K extends keyof QuestionnaireEventMap>(
  type: K,
  detail: QuestionnaireEventMap[K] extends CustomEvent<infer D> ? D : never,
): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

export interface QuestionnaireEventMap {
  'dlis-questionnaire-save': CustomEvent<QuestionnaireSaveDetail>;
  'dlis-questionnaire-submit': CustomEvent<QuestionnaireSubmitDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends QuestionnaireEventMap {}
}
