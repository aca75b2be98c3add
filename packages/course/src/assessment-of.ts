import type { CompiledAssessment, FeedbackTiming } from './compiled-course.ts';
import type { CourseWithoutTexts } from './complete-course.ts';

/**
 * The assessment of compiled modules: scored question and scenario ids in course order (bank candidates
 * included), the banks, and the points of one complete attempt (a bank counts draw × its questions' points).
 */
export function assessmentOf(
  modules: CourseWithoutTexts['modules'],
  options: { feedback: FeedbackTiming; maxAttempts: number },
): CompiledAssessment {
  const questionIds: string[] = [];
  const banks: CompiledAssessment['banks'] = [];
  let maxPoints = 0;
  for (const b of modules.flatMap((m) => m.pages).flatMap((p) => p.blocks)) {
    if ((b.type === 'question' || b.type === 'scenario') && b.scored) {
      questionIds.push(b.id);
      maxPoints += b.points;
    } else if (b.type === 'question-bank') {
      const ids = b.questions.filter((q) => q.scored).map((q) => q.id);
      questionIds.push(...ids);
      banks.push({ id: b.id, draw: b.draw, questionIds: ids });
      maxPoints += b.draw * (b.questions[0]?.points ?? 0);
    }
  }
  return { questionIds, maxPoints, banks, feedback: options.feedback, maxAttempts: options.maxAttempts };
}
