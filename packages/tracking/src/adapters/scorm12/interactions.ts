import { formatScorm12Duration } from '../../format-scorm12-duration.ts';
import type { InteractionRecord, InteractionResult } from '../../tracker.ts';

/**
 * SCORM 1.2 interaction mapping (RTE 3.4.2.7, cmi.interactions.n.*), pure. Interactions are write-only in 1.2,
 * so every answer appends a new entry (journaling).
 */

/** Response tokens for choices, by position in the question: `a`..`z` then `0`..`9` (RTE 1.2: 0-9, a-z). */
export const SCORM12_CHOICE_TOKENS = 'abcdefghijklmnopqrstuvwxyz0123456789';

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

/** Question id → CMIIdentifier: characters other than letters, digits, `-`, `_` become `_`; 255 chars max. */
export function scorm12InteractionId(questionId: string): string {
  const id = questionId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, SCORM12_LIMITS.identifierChars);
  return id || 'question';
}

/**
 * Choice ids → 1.2 response (RTE 3.4.2.7.5/7): for true-false `t` or `f`; for choice the single-character
 * tokens of the selected choices (by their position in `choices`, the question's choice order), in that
 * order, separated by commas: `a,c`. When `choices` is unknown, an id is missing from it, or the question has
 * more than 36 choices, falls back to the ids made identifiers (not single characters, so strict LMSs may
 * refuse them), cut to 255 characters at a comma.
 */
export function scorm12Response(
  ids: readonly string[],
  type: InteractionRecord['type'],
  choices?: readonly string[],
): string {
  if (type === 'true-false') return ids[0] === 'true' ? 't' : ids[0] === 'false' ? 'f' : '';
  const unique = [...new Set(ids)];
  const indexes = unique.map((id) => choices?.indexOf(id) ?? -1);
  if (choices && choices.length <= SCORM12_CHOICE_TOKENS.length && indexes.every((i) => i >= 0)) {
    return indexes
      .sort((a, b) => a - b)
      .map((i) => SCORM12_CHOICE_TOKENS[i])
      .join(',');
  }
  let out = '';
  for (const id of unique.map(scorm12InteractionId)) {
    const next = out ? `${out},${id}` : id;
    if (next.length > SCORM12_LIMITS.feedbackChars) break;
    out = next;
  }
  return out;
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

/** The SetValue calls recording `interaction` as entry `n`, in the order the LMS needs (id first). */
export function scorm12InteractionValues(
  interaction: InteractionRecord,
  n: number,
  choices?: readonly string[],
): [string, string][] {
  const base = `cmi.interactions.${n}`;
  const values: [string, string][] = [
    [`${base}.id`, scorm12InteractionId(interaction.id)],
    [`${base}.type`, interaction.type],
  ];
  const response = scorm12Response(interaction.response, interaction.type, choices);
  if (response) values.push([`${base}.student_response`, response]);
  if (interaction.correctResponse.length > 0) {
    values.push([
      `${base}.correct_responses.0.pattern`,
      scorm12Response(interaction.correctResponse, interaction.type, choices),
    ]);
  }
  values.push(
    [`${base}.result`, SCORM12_RESULTS[interaction.result]],
    [`${base}.weighting`, scorm12Weighting(interaction.weighting)],
    [`${base}.latency`, formatScorm12Duration(interaction.latencyMs)],
    [`${base}.time`, formatScorm12Time(interaction.timestamp)],
  );
  return values;
}
