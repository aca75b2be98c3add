import { formatScorm12Duration } from '../../format-scorm12-duration.ts';
import { fnv1a } from '../../suspend-data/fnv1a.ts';
import type { InteractionRecord, InteractionResult, InteractionValue } from '../../interaction-record.ts';
import { formatPlainDecimal, matchedPairs, matchingSources } from '../interaction-options.ts';

/**
 * SCORM 1.2 interaction mapping (RTE 3.4.2.7, cmi.interactions.n.*), pure. Interactions are write-only in 1.2,
 * so every answer appends a new entry (journaling). Responses and patterns are CMIFeedback (RTE 3.4.2.7.5,
 * 3.4.2.7.7), whose format depends on the type; every value is at most 255 characters.
 */

/** Tokens of choices, items and targets, by position: `a`..`z` then `0`..`9` (RTE 1.2: single characters). */
export const SCORM12_CHOICE_TOKENS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Tokens of matching sources, by position: `1`..`9`, `0`, then `a`..`z` (so pairs read `1.a,2.c`). */
export const SCORM12_SOURCE_TOKENS = '1234567890abcdefghijklmnopqrstuvwxyz';

export const SCORM12_LIMITS = {
  /** CMIIdentifier: at most 255 characters, letters, digits, `-` and `_`. */
  identifierChars: 255,
  /** CMIFeedback (student_response, pattern): CMIString255. */
  feedbackChars: 255,
  /** cmi.interactions.n.weighting range. */
  weightingMin: -100,
  weightingMax: 100,
} as const;

/** 1.2 result vocabulary (RTE 3.4.2.7.6): `wrong`, not `incorrect`. */
export const SCORM12_RESULTS = {
  correct: 'correct',
  incorrect: 'wrong',
  neutral: 'neutral',
} as const satisfies Record<InteractionResult, string>;

/**
 * 1.2 interaction types (RTE 3.4.2.7.2). Every type the player uses exists under the same name, so types are
 * written as they are: one outside this vocabulary would not type-check.
 */
type Scorm12InteractionType =
  'true-false' | 'choice' | 'fill-in' | 'matching' | 'performance' | 'sequencing' | 'likert' | 'numeric';

/**
 * Question (or scenario decision) id → CMIIdentifier: characters other than letters, digits, `-`, `_` become
 * `_` (`scenario.1.2` → `scenario_1_2`). An id longer than 255 characters keeps its first 248 and ends with
 * `-` and 6 hex digits of its hash, so two long ids do not collide on their common start.
 */
export function scorm12InteractionId(questionId: string): string {
  const id = questionId.replace(/[^A-Za-z0-9_-]/g, '_');
  if (id.length > SCORM12_LIMITS.identifierChars) {
    const hash = fnv1a(questionId).toString(16).padStart(8, '0').slice(0, 6);
    return `${id.slice(0, SCORM12_LIMITS.identifierChars - 7)}-${hash}`;
  }
  return id || 'question';
}

/** Context of one interaction: the layout options (choices, items, targets) and the matching sources. */
export interface Scorm12ValueContext {
  options?: readonly string[] | undefined;
  sources?: readonly string[];
}

/**
 * One response or correct pattern in its 1.2 format (undefined: nothing to write):
 * - choice: the tokens of the selected choices in choice order, comma-separated: `a,c`;
 * - true-false: `t` / `f`;
 * - matching: `source.target` pairs, comma-separated: `1.a,2.c`;
 * - sequencing: the item tokens in the learner's order: `c,a,b`;
 * - fill-in: the text, cut to 255 characters (1.2 has no case flag: matching is the LMS's business);
 * - numeric: a CMIDecimal `12.5`; a numeric range is written as its number when min = max, and otherwise not at
 *   all (1.2 has no range syntax, and one bound would make right answers look wrong);
 * - likert: the token of the chosen point.
 * When a token cannot be given (an id outside the layout, more than 36 options or sources), the whole value uses
 * the ids made identifiers instead (`opt_a,opt_c`): scorm-again accepts them, a strict LMS may not.
 */
export function scorm12Value(value: InteractionValue, context: Scorm12ValueContext = {}): string | undefined {
  const { options, sources } = context;
  switch (value.type) {
    case 'choice': {
      const unique = [...new Set(value.choices)];
      const indexes = unique.map((id) => position(options, id)).sort((a, b) => a - b);
      return tokenList(
        indexes.map((i) => SCORM12_CHOICE_TOKENS[i]),
        unique.map(scorm12InteractionId),
      );
    }
    case 'true-false':
      return value.value ? 't' : 'f';
    case 'matching': {
      const pairs = matchedPairs(value.pairs);
      const tokens = pairs.map(([source, target]) => {
        const s = SCORM12_SOURCE_TOKENS[position(sources, source)];
        const t = SCORM12_CHOICE_TOKENS[position(options, target)];
        return s && t ? `${s}.${t}` : undefined;
      });
      const ids = pairs.map(([s, t]) => `${scorm12InteractionId(s)}.${scorm12InteractionId(t)}`);
      return tokenList(tokens, ids);
    }
    case 'sequencing':
      return tokenList(
        value.order.map((id) => SCORM12_CHOICE_TOKENS[position(options, id)]),
        value.order.map(scorm12InteractionId),
      );
    case 'fill-in':
      return cut(value.text.replace(/[\r\n]+/g, ' '), SCORM12_LIMITS.feedbackChars) || undefined;
    case 'numeric':
      return formatPlainDecimal(value.value);
    case 'numeric-range':
      return value.min !== undefined && value.min === value.max ? formatPlainDecimal(value.min) : undefined;
    case 'likert':
      if (!value.choice) return undefined;
      return tokenList(
        [SCORM12_CHOICE_TOKENS[position(options, value.choice)]],
        [scorm12InteractionId(value.choice)],
      );
  }
}

/** The correct patterns that have a 1.2 form, in order: used at build time only (correct-patterns.ts). */
export function scorm12Patterns(values: readonly InteractionValue[], context: Scorm12ValueContext): string[] {
  return values.map((pattern) => scorm12Value(pattern, context)).filter((pattern) => pattern !== undefined);
}

/** Position of `id` in `list`, or -1 (which gives no token). */
function position(list: readonly string[] | undefined, id: string): number {
  const i = list?.indexOf(id) ?? -1;
  return i < 0 || i >= SCORM12_CHOICE_TOKENS.length ? -1 : i;
}

/** The tokens comma-separated when all exist, else the fallback parts; cut to 255 chars at a comma. */
function tokenList(tokens: readonly (string | undefined)[], fallback: readonly string[]): string | undefined {
  const parts = tokens.every((t) => t !== undefined) ? (tokens as string[]) : fallback;
  let out = '';
  for (const part of parts) {
    const next = out ? `${out},${part}` : part;
    if (next.length > SCORM12_LIMITS.feedbackChars) break;
    out = next;
  }
  return out || undefined;
}

/** At most `max` UTF-16 units, never half of a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}

/** Local clock time as CMITime `HH:MM:SS` (RTE 1.2 data types). */
export function formatScorm12Time(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Weighting clamped to the 1.2 range, at most 2 decimals. */
export function scorm12Weighting(weighting: number): string {
  const clamped = Math.min(
    SCORM12_LIMITS.weightingMax,
    Math.max(SCORM12_LIMITS.weightingMin, weighting || 0),
  );
  return String(Math.round(clamped * 100) / 100);
}

/**
 * The SetValue calls recording `interaction` as entry `n`, in the order the LMS needs (id first, type before
 * the values that depend on it). Every correct pattern that has a 1.2 form becomes correct_responses.k.pattern,
 * k counting from 0 without gaps.
 */
export function scorm12InteractionValues(
  interaction: InteractionRecord,
  n: number,
  options?: readonly string[],
): [string, string][] {
  const base = `cmi.interactions.${n}`;
  const context: Scorm12ValueContext = { options, sources: matchingSources(interaction) };
  const values: [string, string][] = [
    [`${base}.id`, scorm12InteractionId(interaction.id)],
    [`${base}.type`, interaction.type satisfies Scorm12InteractionType],
  ];
  const response = scorm12Value(interaction.response, context);
  if (response !== undefined) values.push([`${base}.student_response`, response]);
  interaction.correctPatterns.scorm12.forEach((pattern, k) =>
    values.push([`${base}.correct_responses.${k}.pattern`, pattern]),
  );
  values.push(
    [`${base}.result`, SCORM12_RESULTS[interaction.result]],
    [`${base}.weighting`, scorm12Weighting(interaction.weighting)],
    [`${base}.latency`, formatScorm12Duration(interaction.latencyMs)],
    [`${base}.time`, formatScorm12Time(interaction.timestamp)],
  );
  return values;
}
