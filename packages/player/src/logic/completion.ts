import type { CompiledCourse } from '@dlis/course/compiled';
import { progressMeasure } from './progress-measure.ts';

export interface CompletionInput {
  course: CompiledCourse;
  visited: readonly string[];
  /** Outcome of the submitted assessment; undefined while it is not submitted. */
  passed: boolean | undefined;
  /** SCORM 2004 `cmi.completion_threshold` from the LMS (0..1); it wins over "every page". */
  completionThreshold?: number;
  /** Whether a questionnaire of the course was submitted (rule 'questionnaire-submitted'). */
  questionnaireSubmitted?: boolean;
}

/**
 * Whether the course is completed, per course.completion:
 * 'all-pages-viewed' → the progress measure reaches the LMS threshold (every page when there is none);
 * 'assessment-passed' → the submitted assessment was passed;
 * 'questionnaire-submitted' → the questionnaire (digital agility index) was submitted.
 */
export function isCourseCompleted(input: CompletionInput): boolean {
  // A string comparison: the rule may not be in CompletionRule of an older course format.
  const rule: string = input.course.completion;
  if (rule === 'questionnaire-submitted') return input.questionnaireSubmitted === true;
  if (input.course.completion === 'assessment-passed') return input.passed === true;
  const threshold = input.completionThreshold ?? 1;
  return progressMeasure(input.course, input.visited) >= threshold;
}
