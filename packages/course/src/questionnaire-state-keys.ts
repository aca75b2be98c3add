import type { QuestionnaireBlock } from './compiled-questionnaire.ts';

/**
 * Where a questionnaire (issue 6) keeps its progress in `LearnerState.answers`: one "choices" entry per answer,
 * so the suspend-data codec needs nothing new. Keys are `<questionnaire id>:<item, scenario or background id>`
 * and three control entries: `…:#consent` (`diagnostic`, `research`), `…:#step` (the step shown) and
 * `…:#submitted` (`yes`).
 */
export const QuestionnaireStateKey = {
  consent: '#consent',
  step: '#step',
  submitted: '#submitted',
} as const;

/** The `LearnerState.answers` key of one part of a questionnaire (an item id or a QuestionnaireStateKey). */
export function questionnaireStateKey(questionnaireId: string, part: string): string {
  return `${questionnaireId}:${part}`;
}

/** The steps of a questionnaire in order: consent, background, one per dimension, review. */
export function questionnaireSteps(block: QuestionnaireBlock): string[] {
  return ['consent', 'background', ...block.definition.dimensions.map((d) => d.id), 'review'];
}
