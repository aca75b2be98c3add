// A short typed answer, right when it equals an accepted answer (case and accents ignored by default).
import schema from './fill-in.schema.json' with { type: 'json' };
import { isObj, list } from '../../check-context.ts';
import type { Localized } from '../../compiled-course.ts';
import { DEFAULT_FILL_IN_MAX_LENGTH } from '../../course-defaults.ts';
import { DiagnosticCode } from '../../diagnostic.ts';
import { localized } from '../../localized.ts';
import type { InteractionValue } from '@dlis/tracking/correct-patterns';
import type { QuestionKindModule } from '../question-kind.ts';

export const fillInKind: QuestionKindModule<'fill-in'> = {
  summary: 'A short typed answer, right when it equals an accepted answer.',
  schema,
  scorable: true,
  ownKeys: ['accepted', 'caseSensitive', 'accentSensitive', 'maxLength'],
  check(ctx, q, path) {
    ctx.translations([...path, 'accepted'], q.accepted);
    const maxLength = typeof q.maxLength === 'number' ? q.maxLength : DEFAULT_FILL_IN_MAX_LENGTH;
    if (!isObj(q.accepted)) return;
    for (const language of ctx.languages) {
      for (const [i, answer] of list(q.accepted[language]).entries()) {
        if (typeof answer === 'string' && answer.trim().length > maxLength) {
          ctx.out.error([...path, 'accepted', language, i], {
            code: DiagnosticCode.fillInAnswer,
            message: `this answer has ${answer.trim().length} characters, more than maxLength (${maxLength}): nobody could type it.`,
            hint: 'Shorten the answer, or raise `maxLength` (at most 250).',
          });
        }
      }
    }
  },
  build: (q, languages) => ({
    accepted: localized(q.accepted ?? {}, languages),
    caseSensitive: q.caseSensitive ?? false,
    accentSensitive: q.accentSensitive ?? false,
    maxLength: q.maxLength ?? DEFAULT_FILL_IN_MAX_LENGTH,
  }),
  compile(q, { text }) {
    const accepted = text(q.accepted as unknown as Localized) as unknown as Localized<string[]>;
    return {
      accepted: Object.fromEntries(Object.entries(accepted).map(([l, a]) => [l, a.map((s) => s.trim())])),
      caseSensitive: q.caseSensitive,
      accentSensitive: q.accentSensitive,
      maxLength: q.maxLength,
    };
  },
  expected(q, { lang, defaultLanguage }) {
    const accepted = q.accepted[lang] ?? q.accepted[defaultLanguage] ?? Object.values(q.accepted)[0];
    return accepted?.join(' / ');
  },
  interaction: () => ({ type: 'fill-in' }),
  correct: (q, lang) => {
    // The learner's language first (SCORM 2004 keeps only a few patterns), each answer tagged with its language.
    const languages = [lang, ...Object.keys(q.accepted).filter((l) => l !== lang)];
    const seen = new Set<string>();
    const correct: InteractionValue[] = [];
    for (const l of languages) {
      for (const text of q.accepted[l] ?? []) {
        if (seen.has(text)) continue;
        seen.add(text);
        correct.push({ type: 'fill-in', text, caseMatters: q.caseSensitive, lang: l });
      }
    }
    return correct;
  },
  layout: (q) => ({ id: q.id, kind: 'text', maxLength: q.maxLength }),
};
