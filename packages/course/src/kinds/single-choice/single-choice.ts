// One right choice among several (radio buttons).
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

export const singleChoiceKind: QuestionKindModule<'single-choice'> = {
  scorable: true,
  ownKeys: ['choices'],
  check: checkChoices,
  build: (q, languages) => buildChoices(q as QuestionBlockSource & { kind: 'single-choice' }, languages),
  compile: (q, render) => compileChoices(q, render, render.inline),
  expected: expectedChoices,
  interaction: choiceInteraction,
  layout: choicesLayout,
};
