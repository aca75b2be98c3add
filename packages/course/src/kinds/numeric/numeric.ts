// A number, right when it equals `exact` or lies in [min, max]; a unit may follow the field.
import schema from './numeric.schema.json' with { type: 'json' };
import type { CheckContext, Obj } from '../../check-context.ts';
import { decimalsOf } from '../../course-defaults.ts';
import { DiagnosticCode } from '../../diagnostic.ts';
import { localized } from '../../localized.ts';
import type { SourcePath } from '../../yaml-document.ts';
import type { QuestionKindModule } from '../question-kind.ts';

/** Longest text a numeric answer may take in the suspend data (characters). */
const NUMERIC_TEXT_LENGTH = 32;

export const numericKind: QuestionKindModule<'numeric'> = {
  summary: 'A number, right when it equals `exact` or lies between `min` and `max`.',
  schema,
  scorable: true,
  ownKeys: ['exact', 'min', 'max', 'decimals', 'unit'],
  check: checkNumeric,
  build(q, languages) {
    const given = [q.exact, q.min, q.max].filter((v): v is number => v !== undefined);
    return {
      ...(q.exact !== undefined ? { exact: q.exact } : {}),
      ...(q.min !== undefined ? { min: q.min } : {}),
      ...(q.max !== undefined ? { max: q.max } : {}),
      ...(q.unit ? { unit: localized(q.unit, languages) } : {}),
      decimals: q.decimals ?? Math.max(0, ...given.map(decimalsOf)),
    };
  },
  compile: (q, { text }) => ({
    ...(q.exact !== undefined ? { exact: q.exact } : {}),
    ...(q.min !== undefined ? { min: q.min } : {}),
    ...(q.max !== undefined ? { max: q.max } : {}),
    ...(q.unit ? { unit: text(q.unit) } : {}),
    decimals: q.decimals,
  }),
  expected(q, { local, number }) {
    const unit = q.unit ? ` ${local(q.unit)}` : '';
    if (q.exact !== undefined) return `${number(q.exact)}${unit}`;
    const min = q.min !== undefined ? number(q.min) : '…';
    const max = q.max !== undefined ? number(q.max) : '…';
    return `${min} – ${max}${unit}`;
  },
  interaction: () => ({ type: 'numeric' }),
  correct: (q) => [
    q.exact !== undefined
      ? { type: 'numeric', value: q.exact }
      : {
          type: 'numeric-range',
          ...(q.min !== undefined ? { min: q.min } : {}),
          ...(q.max !== undefined ? { max: q.max } : {}),
        },
  ],
  layout: (q) => ({ id: q.id, kind: 'text', maxLength: NUMERIC_TEXT_LENGTH }),
};

function checkNumeric(ctx: CheckContext, q: Obj, path: SourcePath): void {
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  const [exact, min, max] = [num(q.exact), num(q.min), num(q.max)];
  const fail = (at: SourcePath, message: string, hint?: string) =>
    ctx.out.error(at, { code: DiagnosticCode.numericAnswer, message, hint }, 'key');
  ctx.translations([...path, 'unit'], q.unit);
  if (exact === undefined && min === undefined && max === undefined) {
    fail(
      path,
      'a numeric question needs its answer: `exact`, or `min` and/or `max`.',
      'E.g. `exact: 42`, or `min: 40` and `max: 45`.',
    );
    return;
  }
  if (exact !== undefined && (min !== undefined || max !== undefined)) {
    fail([...path, 'exact'], 'give either `exact` or a range (`min`, `max`), not both.');
  }
  if (min !== undefined && max !== undefined && min > max) {
    fail([...path, 'min'], `min (${min}) is greater than max (${max}): no answer could be right.`);
  }
  const decimals = num(q.decimals);
  if (decimals === undefined) return;
  for (const [key, value] of [
    ['exact', exact],
    ['min', min],
    ['max', max],
  ] as const) {
    if (value !== undefined && decimalsOf(value) > decimals) {
      fail(
        [...path, key],
        `${key} has ${decimalsOf(value)} decimal places but the question accepts ${decimals}: the answer could not be typed.`,
        `Raise \`decimals\` to ${decimalsOf(value)}, or round ${key}.`,
      );
    }
  }
}
