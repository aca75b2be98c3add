import type { LanguageTag, QuestionBlock } from '@dlis/course/compiled';
import { htmlToText } from './html-to-text.ts';
import { localize } from './localize.ts';

/**
 * The expected answer of a question as plain text in `lang`, shown in review: correct choices, pairs
 * "source → target", the order "a → b → c", accepted texts, the number or range with its unit.
 * Undefined when the question has no right answer (likert, opinion choices).
 */
export function expectedAnswer(
  question: QuestionBlock,
  lang: LanguageTag,
  defaultLanguage: LanguageTag,
): string | undefined {
  const t = (text: Record<string, string>) => htmlToText(localize(text, lang, defaultLanguage));
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
