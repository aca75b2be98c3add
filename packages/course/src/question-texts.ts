import {
  DESCRIPTION_MAX,
  type LanguageTag,
  type Localized,
  type QuestionWithoutTexts,
} from './compiled-course.ts';
import { htmlToText, truncate } from './html-to-text.ts';

/**
 * Sanitised HTML per language → its plain text, cut to DESCRIPTION_MAX: an interaction's description.
 * Undefined when that is `html` itself in every language (plain text, short enough), to keep the JSON small.
 */
export function describeHtml(html: Localized): Localized | undefined {
  return differing(html, (h) => truncate(htmlToText(h), DESCRIPTION_MAX));
}

/**
 * Plain text of each label, by id (matching targets, ordering items): what an <option> or a button name holds.
 * Only the labels whose plain text differs from the label.
 */
export function labelTexts(items: readonly { id: string; label: Localized }[]): Record<string, Localized> {
  return Object.fromEntries(
    items.flatMap((it) => {
      const text = differing(it.label, htmlToText);
      return text ? [[it.id, text]] : [];
    }),
  );
}

/** `f` of each language of `text`, or undefined when it changes none. */
function differing(text: Localized, f: (s: string) => string): Localized | undefined {
  const result = Object.fromEntries(Object.entries(text).map(([lang, s]) => [lang, f(s)]));
  return Object.entries(result).some(([lang, s]) => s !== text[lang]) ? result : undefined;
}

/**
 * The expected answer of a compiled question as plain text in each of `languages`, shown in review: correct
 * choices, pairs "source → target", the order "a → b → c", accepted texts, the number or range with its unit
 * (numbers in the language's format). Undefined when the question has no right answer (likert, opinion choices).
 */
export function expectedAnswers(
  question: QuestionWithoutTexts,
  languages: readonly LanguageTag[],
  defaultLanguage: LanguageTag,
): Localized | undefined {
  const entries = languages.map((l) => [l, expectedAnswer(question, l, defaultLanguage)] as const);
  return entries.every(([, text]) => text !== undefined)
    ? (Object.fromEntries(entries) as Localized)
    : undefined;
}

function localize(text: Localized, lang: LanguageTag, fallback: LanguageTag): string {
  return text[lang] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

function expectedAnswer(
  question: QuestionWithoutTexts,
  lang: LanguageTag,
  defaultLanguage: LanguageTag,
): string | undefined {
  const t = (text: Localized) => htmlToText(localize(text, lang, defaultLanguage));
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 6 });
  switch (question.kind) {
    case 'single-choice':
    case 'multiple-choice':
    case 'true-false': {
      const right = question.choices.filter((c) => c.correct).map((c) => t(c.label));
      return right.length ? right.join(', ') : undefined;
    }
    case 'likert':
      return undefined;
    case 'matching':
      return question.sources
        .map((s, i) => {
          const target = question.targets.find((tg) => tg.id === question.answer[i]);
          return `${t(s.label)} → ${target ? t(target.label) : ''}`;
        })
        .join(' ; ');
    case 'ordering':
      return question.items.map((item) => t(item.label)).join(' → ');
    case 'fill-in': {
      const accepted =
        question.accepted[lang] ?? question.accepted[defaultLanguage] ?? Object.values(question.accepted)[0];
      return accepted?.join(' / ');
    }
    case 'numeric': {
      const unit = question.unit ? ` ${localize(question.unit, lang, defaultLanguage)}` : '';
      if (question.exact !== undefined) return `${number.format(question.exact)}${unit}`;
      const min = question.min !== undefined ? number.format(question.min) : '…';
      const max = question.max !== undefined ? number.format(question.max) : '…';
      return `${min} – ${max}${unit}`;
    }
  }
}
