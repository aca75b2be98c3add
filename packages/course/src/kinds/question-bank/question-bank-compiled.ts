import type { CompiledBlockKind } from '../compiled-block-kind.ts';
import { completeQuestion } from '../question/complete-question.ts';
import { questionKind } from '../question-kinds.ts';

export const questionBankCompiled: CompiledBlockKind<'question-bank'> = {
  // The drawn questions are rendered one by one, each by the question element.
  element: 'dlis-question',
  addon: 'questions',
  complete: (b, course) => ({ ...b, questions: b.questions.map((q) => completeQuestion(q, course)) }),
  layout: (b) => ({ questions: b.questions.map((q) => questionKind(q.kind).layout(q)), banks: [b.id] }),
};
