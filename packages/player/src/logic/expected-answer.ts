import type { LanguageTag, QuestionBlock } from '@dlis/course/compiled';
import { localize } from './localize.ts';

/**
 * The expected answer of a question as plain text in `lang`, shown in review (computed at build time:
 * QuestionBlock.expected). Undefined when the question has no right answer (likert, opinion choices).
 */
export function expectedAnswer(
  question: QuestionBlock,
  lang: LanguageTag,
  defaultLanguage: LanguageTag,
): string | undefined {
  return question.expected && localize(question.expected, lang, defaultLanguage);
}
