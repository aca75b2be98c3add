// One or more right choices (check boxes); wrong choices cost points by default.
import { choiceKind } from '../choice-questions.ts';

export const multipleChoiceKind = choiceKind(
  'multiple-choice',
  'One or more right choices (check boxes); wrong choices cost points by default.',
);
