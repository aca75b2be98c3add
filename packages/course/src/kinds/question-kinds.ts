import type { QuestionKind } from '../compiled-course.ts';
import { fillInKind } from './fill-in/fill-in.ts';
import { likertKind } from './likert/likert.ts';
import { matchingKind } from './matching/matching.ts';
import { multipleChoiceKind } from './multiple-choice/multiple-choice.ts';
import { numericKind } from './numeric/numeric.ts';
import { orderingKind } from './ordering/ordering.ts';
import type { QuestionKindModule } from './question-kind.ts';
import { singleChoiceKind } from './single-choice/single-choice.ts';
import { trueFalseKind } from './true-false/true-false.ts';

/**
 * Every question kind, one module each (kinds/<kind>/). A QuestionKind without its module, or a module that
 * misses a piece, fails the type-check: adding a kind is one folder and one line here (plus its player input).
 */
export const questionKinds = {
  'single-choice': singleChoiceKind,
  'multiple-choice': multipleChoiceKind,
  'true-false': trueFalseKind,
  matching: matchingKind,
  ordering: orderingKind,
  'fill-in': fillInKind,
  numeric: numericKind,
  likert: likertKind,
} satisfies { [K in QuestionKind]: QuestionKindModule<K> };

/** The module of `kind`, typed for a question of that kind. */
export function questionKind<K extends QuestionKind>(kind: K): QuestionKindModule<K> {
  return questionKinds[kind] as unknown as QuestionKindModule<K>;
}

/** The module of a kind read from unchecked source data, or undefined when it names no kind. */
export function questionKindOf(kind: unknown): QuestionKindModule<QuestionKind> | undefined {
  return typeof kind === 'string' && Object.hasOwn(questionKinds, kind)
    ? questionKind(kind as QuestionKind)
    : undefined;
}
