import type { CourseModel, QuestionnaireBlockModel } from './course-model.ts';

/**
 * The first questionnaire block of a loaded course, in course order (its `definition` is the scoring model with
 * the course's wording): what `dlis agility score --questionnaire <course dir>` and the analytics score with.
 */
export function findQuestionnaire(model: CourseModel): QuestionnaireBlockModel | undefined {
  for (const m of model.modules)
    for (const p of m.pages) for (const b of p.blocks) if (b.type === 'questionnaire') return b;
  return undefined;
}
