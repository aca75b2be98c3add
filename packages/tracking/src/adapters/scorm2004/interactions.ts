import { formatIso8601Duration } from '../../format-iso8601-duration.ts';
import type { InteractionRecord, InteractionResult } from '../../tracker.ts';

/**
 * SCORM 2004 4th ed. interaction mapping (RTE 4.2.9, cmi.interactions.n.*), pure. One interaction per
 * question: answering again updates the entry with the same id.
 */

export const SCORM2004_LIMITS = {
  /** cmi.interactions.n.description: localized_string_type SPM 250. */
  descriptionChars: 250,
  /** short_identifier_type SPM 250 (choice tokens). */
  shortIdentifierChars: 250,
  /** long_identifier_type SPM 4000 (interaction id). */
  longIdentifierChars: 4000,
} as const;

export const SCORM2004_RESULTS = {
  correct: 'correct',
  incorrect: 'incorrect',
  neutral: 'neutral',
} as const satisfies Record<InteractionResult, string>;

/** URN namespace id of DLIS interaction ids. */
export const INTERACTION_URN_NID = 'dlis';

/**
 * Interaction id, a long_identifier_type in URN form: `urn:dlis:<courseId>:<questionId>`. Characters RFC 2141
 * does not allow in a URN are %-encoded (UTF-8), and a last character that is not a letter or digit is
 * %-encoded too (some LMSs require identifiers to end with one).
 */
export function scorm2004InteractionId(courseId: string, questionId: string): string {
  const urn = `urn:${INTERACTION_URN_NID}:${encodeNss(courseId)}:${encodeNss(questionId)}`;
  const last = urn.at(-1) ?? '';
  return /[A-Za-z0-9]/.test(last) ? urn : urn.slice(0, -1) + percentEncode(last);
}

function encodeNss(text: string): string {
  return [...text].map((c) => (/[A-Za-z0-9()+,\-.=@;$_!*']/.test(c) ? c : percentEncode(c))).join('');
}

function percentEncode(char: string): string {
  return [...new TextEncoder().encode(char)]
    .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}

/**
 * A short_identifier_type for each choice of a question, in order. Ids are kept with any character other than
 * a letter, digit, `_` or `.` replaced by `_` (the strictest LMS pattern in use, `[\w.]{1,250}`). If that
 * leaves an empty, too long or duplicate token, every choice of the question uses its position instead:
 * `c1`, `c2`, ...
 */
export function scorm2004ChoiceTokens(choices: readonly string[]): string[] {
  const tokens = choices.map(sanitizeShortIdentifier);
  const valid =
    new Set(tokens).size === tokens.length &&
    tokens.every((t) => t.length > 0 && t.length <= SCORM2004_LIMITS.shortIdentifierChars);
  return valid ? tokens : choices.map((_, i) => `c${i + 1}`);
}

function sanitizeShortIdentifier(id: string): string {
  return id.replace(/[^A-Za-z0-9_.]/g, '_');
}

/**
 * Choice ids → 2004 response (RTE 4.2.9.2): `true`/`false` for true-false; for choice the tokens of the
 * selected choices in the question's choice order, joined by `[,]`: `a[,]c`. Ids not in `choices` (or no
 * `choices`) are sanitized on their own.
 */
export function scorm2004Response(
  ids: readonly string[],
  type: InteractionRecord['type'],
  choices?: readonly string[],
): string {
  if (type === 'true-false') return ids[0] === 'true' ? 'true' : ids[0] === 'false' ? 'false' : '';
  const tokens = choices ? scorm2004ChoiceTokens(choices) : [];
  const unique = [...new Set(ids)];
  const position = (id: string) => choices?.indexOf(id) ?? -1;
  return unique
    .sort((a, b) => rank(position(a)) - rank(position(b)))
    .map((id) => {
      const i = position(id);
      return i >= 0 ? (tokens[i] ?? id) : sanitizeShortIdentifier(id) || '_';
    })
    .join('[,]');
}

function rank(position: number): number {
  return position < 0 ? Number.MAX_SAFE_INTEGER : position;
}

/**
 * Plain text → localized_string_type ≤ 250 characters: whitespace collapsed (line breaks are not allowed), a
 * leading `{` replaced by `(` (it would start a `{lang=}` delimiter), cut with an ellipsis when too long.
 */
export function scorm2004Description(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim().replace(/^\{/, '(');
  const chars = [...clean];
  if (chars.length <= SCORM2004_LIMITS.descriptionChars) return clean;
  return chars.slice(0, SCORM2004_LIMITS.descriptionChars - 1).join('') + '…';
}

/** time (second,10,0) in UTC with centiseconds: `2026-11-28T21:53:41.12Z` (RTE 4.2, C.1.4). */
export function formatIso8601Timestamp(date: Date): string {
  return `${date.toISOString().slice(0, 22)}Z`;
}

/** real(10,7): at most 7 decimals. */
function formatReal(value: number): string {
  return String(Math.round((value || 0) * 1e7) / 1e7);
}

/**
 * The SetValue calls recording `interaction` as entry `n` (`isNew`: the entry does not exist yet, so its id is
 * written first; type always precedes the responses, which depend on it).
 */
export function scorm2004InteractionValues(
  interaction: InteractionRecord,
  n: number,
  courseId: string,
  isNew: boolean,
  choices?: readonly string[],
): [string, string][] {
  const base = `cmi.interactions.${n}`;
  const values: [string, string][] = [];
  if (isNew) values.push([`${base}.id`, scorm2004InteractionId(courseId, interaction.id)]);
  values.push([`${base}.type`, interaction.type]);
  if (interaction.description.trim()) {
    values.push([`${base}.description`, scorm2004Description(interaction.description)]);
  }
  if (interaction.correctResponse.length > 0) {
    values.push([
      `${base}.correct_responses.0.pattern`,
      scorm2004Response(interaction.correctResponse, interaction.type, choices),
    ]);
  }
  const response = scorm2004Response(interaction.response, interaction.type, choices);
  if (response) values.push([`${base}.learner_response`, response]);
  values.push(
    [`${base}.result`, SCORM2004_RESULTS[interaction.result]],
    [`${base}.weighting`, formatReal(interaction.weighting)],
    [`${base}.latency`, formatIso8601Duration(interaction.latencyMs)],
    [`${base}.timestamp`, formatIso8601Timestamp(interaction.timestamp)],
  );
  return values;
}
