// One right choice among several (radio buttons).
import { choiceKind } from '../choice-questions.ts';

export const singleChoiceKind = choiceKind(
  'single-choice',
  'One right choice among several (radio buttons).',
);
