// One or more right choices (check boxes); wrong choices cost points by default.
import type { QuestionBlockSource } from '../../course-source.ts';
import {
  buildChoices,
  checkChoices,
  choiceInteraction,
  choicesLayout,
  compileChoices,
  expectedChoices,
} from '../choice-questions.ts';
import type { QuestionKindModule } from '../question-kind.ts';

export const multipleChoiceKind: QuestionKindModule<'multiple-choice'> = {
  scorable: true,
  ownKeys: ['choices'],
  check: checkChoices,
  build: (q, languages) => buildChoices(q as QuestionBlockSource & { kind: 'multiple-choice' }, languages),
  compile: (q, render) => compileChoices(q, render, render.inline),
  expected: expectedChoices,
  interaction: choiceInteraction,
  layout: choicesLayout,
};
