import type { Localized, QuestionWithoutTexts } from './compiled-course.ts';
import type { LocalizedSource, QuestionBlockSource } from './course-source.ts';
import {
  DEFAULT_FILL_IN_MAX_LENGTH,
  decimalsOf,
  defaultChoiceId,
  defaultWeights,
} from './course-defaults.ts';
import { conditionOf } from './condition.ts';
import { likertPreset } from './likert-presets.ts';
import { trueFalseLabels } from './true-false-labels.ts';

/** Only the course languages, in their declared order (so the output does not depend on YAML key order). */
export function localized<T>(source: Record<string, T>, languages: readonly string[]): Localized<T> {
  return Object.fromEntries(languages.map((l) => [l, source[l]!]));
}

const position = (i: number) => String(i + 1);

/** A checked question source → its model (compiled shape, texts still Markdown), defaults applied. */
export function buildQuestion(q: QuestionBlockSource, languages: readonly string[]): QuestionWithoutTexts {
  const loc = (s: LocalizedSource) => localized(s, languages);
  const common = {
    type: 'question' as const,
    id: q.id,
    prompt: loc(q.prompt),
    scored: q.kind === 'likert' ? false : (q.scored ?? true),
    points: q.points ?? 1,
    maxAttempts: q.maxAttempts ?? 0,
    feedback: {
      ...(q.feedback?.correct ? { correct: loc(q.feedback.correct) } : {}),
      ...(q.feedback?.incorrect ? { incorrect: loc(q.feedback.incorrect) } : {}),
    },
    ...conditionOf(q.when),
  };
  switch (q.kind) {
    case 'true-false': {
      const labels = trueFalseLabels(languages);
      return {
        ...common,
        kind: q.kind,
        choices: [true, false].map((value) => ({
          id: String(value),
          label: value ? labels.true : labels.false,
          correct: q.answer === value,
          weight: q.answer === value ? 1 : 0,
        })),
      };
    }
    case 'single-choice':
    case 'multiple-choice': {
      const source = q.choices ?? [];
      const weights = defaultWeights(
        q.kind,
        source.map((c) => ({
          correct: c.correct === true,
          ...(c.weight === undefined ? {} : { weight: c.weight }),
        })),
      );
      return {
        ...common,
        kind: q.kind,
        choices: source.map((c, i) => ({
          id: c.id ?? defaultChoiceId(i),
          label: loc(c.label),
          correct: c.correct === true,
          weight: weights[i]!,
          ...(c.feedback ? { feedback: loc(c.feedback) } : {}),
        })),
      };
    }
    case 'matching': {
      const sources = (q.sources ?? []).map((s, i) => ({ id: s.id ?? position(i), label: loc(s.label) }));
      return {
        ...common,
        kind: q.kind,
        sources,
        targets: (q.targets ?? []).map((t) => ({ id: t.id, label: loc(t.label) })),
        answer: (q.sources ?? []).map((s) => s.match),
      };
    }
    case 'ordering':
      return {
        ...common,
        kind: q.kind,
        items: (q.items ?? []).map((it, i) => ({ id: it.id ?? defaultChoiceId(i), label: loc(it.label) })),
      };
    case 'fill-in':
      return {
        ...common,
        kind: q.kind,
        accepted: localized(q.accepted ?? {}, languages),
        caseSensitive: q.caseSensitive ?? false,
        accentSensitive: q.accentSensitive ?? false,
        maxLength: q.maxLength ?? DEFAULT_FILL_IN_MAX_LENGTH,
      };
    case 'numeric': {
      const given = [q.exact, q.min, q.max].filter((v): v is number => v !== undefined);
      return {
        ...common,
        kind: q.kind,
        ...(q.exact !== undefined ? { exact: q.exact } : {}),
        ...(q.min !== undefined ? { min: q.min } : {}),
        ...(q.max !== undefined ? { max: q.max } : {}),
        ...(q.unit ? { unit: loc(q.unit) } : {}),
        decimals: q.decimals ?? Math.max(0, ...given.map(decimalsOf)),
      };
    }
    case 'likert':
      return {
        ...common,
        kind: q.kind,
        scale:
          typeof q.scale === 'string'
            ? likertPreset(q.scale, languages)
            : (q.scale ?? []).map((p, i) => ({ id: p.id ?? position(i), label: loc(p.label) })),
      };
  }
}
