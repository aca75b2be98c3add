import type { CompiledBlockKind } from '../compiled-block-kind.ts';
import { questionKind } from '../question-kinds.ts';
import { completeQuestion } from './complete-question.ts';

export const questionCompiled: CompiledBlockKind<'question'> = {
  element: 'dlis-question',
  addon: 'questions',
  complete: completeQuestion,
  layout: (b) => ({ questions: [questionKind(b.kind).layout(b)] }),
};
