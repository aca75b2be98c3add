import type {
  CompiledCourse,
  Localized,
  QuestionBlock,
  QuestionWithoutTexts,
} from '../../compiled-course.ts';
import { correctPatterns } from '@dlis/tracking/correct-patterns';
import { htmlToText } from '../../html-to-text.ts';
import { describeHtml } from '../../question-texts.ts';
import { questionKind } from '../question-kinds.ts';
import type { AnswerLanguage } from '../question-kind.ts';

/** A question with the plain texts the player would otherwise derive at every start (see completeCourse). */
export function completeQuestion(
  q: QuestionWithoutTexts,
  course: Pick<CompiledCourse, 'languages' | 'defaultLanguage'>,
): QuestionBlock {
  return { ...q, ...questionTexts(q, course.languages, course.defaultLanguage) } as QuestionBlock;
}

/** The plain texts of one compiled question (sanitised HTML) in `languages`. */
export function questionTexts(
  q: QuestionWithoutTexts,
  languages: readonly string[],
  defaultLanguage: string,
): Pick<QuestionBlock, 'description' | 'expected' | 'interaction' | 'correctPatterns'> & {
  labelTexts?: Record<string, Localized>;
} {
  const kind = questionKind(q.kind);
  const description = describeHtml(q.prompt);
  const expected = expectedAnswers(q, languages, defaultLanguage);
  return {
    ...(description ? { description } : {}),
    ...(expected ? { expected } : {}),
    ...(kind.labelTexts ? { labelTexts: kind.labelTexts(q) } : {}),
    interaction: kind.interaction(q),
    correctPatterns: questionPatterns(q, languages),
  };
}

/**
 * The question's correct responses as each standard writes them (its kind's `correct`, formatted by tracking's
 * own functions with the ids of its learner-state layout): one set, or one per language when they differ.
 */
function questionPatterns(
  q: QuestionWithoutTexts,
  languages: readonly string[],
): QuestionBlock['correctPatterns'] {
  const kind = questionKind(q.kind);
  const { type } = kind.interaction(q);
  const layout = kind.layout(q);
  const options = layout.kind === 'text' ? undefined : layout.options;
  const byLanguage = Object.fromEntries(
    languages.map((lang) => [lang, correctPatterns(type, kind.correct(q, lang), options)]),
  );
  const sets = Object.values(byLanguage);
  const same = sets.every((set) => JSON.stringify(set) === JSON.stringify(sets[0]));
  return same && sets[0] ? sets[0] : { byLanguage };
}

/**
 * The expected answer of a compiled question as plain text in each of `languages`, shown in review (its kind's
 * `expected`): undefined when the question has no right answer (likert, opinion choices).
 */
function expectedAnswers(
  question: QuestionWithoutTexts,
  languages: readonly string[],
  defaultLanguage: string,
): Localized | undefined {
  const entries = languages.map(
    (lang) =>
      [lang, questionKind(question.kind).expected(question, answerLanguage(lang, defaultLanguage))] as const,
  );
  return entries.every(([, text]) => text !== undefined)
    ? (Object.fromEntries(entries) as Localized)
    : undefined;
}

function answerLanguage(lang: string, defaultLanguage: string): AnswerLanguage {
  const local = (text: Localized) => text[lang] ?? text[defaultLanguage] ?? Object.values(text)[0] ?? '';
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 6 });
  return {
    lang,
    defaultLanguage,
    local,
    plain: (text) => htmlToText(local(text)),
    number: (value) => number.format(value),
  };
}
