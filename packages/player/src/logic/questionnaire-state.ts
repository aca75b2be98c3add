import {
  QuestionnaireStateKey,
  questionnaireStateKey,
  type CompiledCourse,
  type QuestionnaireBlock,
} from '@dlis/course/compiled';
import type { LearnerState } from '@dlis/tracking';

/** The questionnaire blocks of a course, in course order. */
export function courseQuestionnaires(course: CompiledCourse): QuestionnaireBlock[] {
  return course.modules.flatMap((m) =>
    m.pages.flatMap((p) => p.blocks.filter((b): b is QuestionnaireBlock => b.type === 'questionnaire')),
  );
}

/** Whether `key` of `LearnerState.answers` belongs to a questionnaire of the course (kept on resume). */
export function isQuestionnaireKey(course: CompiledCourse, key: string): boolean {
  return courseQuestionnaires(course).some((q) => key.startsWith(`${q.id}:`));
}

/** Whether a questionnaire of the course was submitted (completion rule `questionnaire-submitted`). */
export function isQuestionnaireSubmitted(course: CompiledCourse, answers: LearnerState['answers']): boolean {
  return courseQuestionnaires(course).some((q) =>
    answers[questionnaireStateKey(q.id, QuestionnaireStateKey.submitted)]?.response.includes('yes'),
  );
}

/** `answers` with the entries of a questionnaire save applied: null removes, a response replaces. */
export function withQuestionnaireEntries(
  answers: LearnerState['answers'],
  entries: Readonly<Record<string, readonly string[] | null>>,
): LearnerState['answers'] {
  const out = { ...answers };
  for (const [key, response] of Object.entries(entries)) {
    if (response === null) delete out[key];
    else out[key] = { response: [...response], attempts: 1 };
  }
  return out;
}
