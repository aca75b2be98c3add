import { formatIso8601Duration } from '../../format-iso8601-duration.ts';
import type { InteractionRecord, InteractionType, InteractionValue } from '../../interaction-record.ts';
import { formatDecimal, formatPlainDecimal, matchedPairs, matchingSources } from '../interaction-options.ts';

/**
 * SCORM 2004 4th ed. interaction mapping (RTE 4.2.9, cmi.interactions.n.*), pure. One interaction per
 * question (and per scenario decision): answering again updates the entry with the same id.
 */

export const SCORM2004_LIMITS = {
  /** cmi.interactions.n.description: localized_string_type SPM 250. */
  descriptionChars: 250,
  /** short_identifier_type SPM 250 (choice tokens). */
  shortIdentifierChars: 250,
  /** fill-in learner_response and pattern: localized_string_type SPM 250. */
  fillInChars: 250,
  /** long_identifier_type SPM 4000 (interaction id). */
  longIdentifierChars: 4000,
} as const;

/**
 * The 2004 result vocabulary (RTE 4.2.9.7; a real number is allowed too). The Tracker's results are a subset,
 * so they are written as they are: a result outside it would not type-check.
 */
type Scorm2004Result = 'correct' | 'incorrect' | 'unanticipated' | 'neutral';

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
 * Most correct_responses.n patterns the LMS must keep per type (RTE 4.2.9.1, the SPM of each type's pattern
 * array); patterns beyond are not written.
 */
export const SCORM2004_MAX_PATTERNS = {
  choice: 10,
  'true-false': 1,
  matching: 5,
  sequencing: 5,
  'fill-in': 5,
  numeric: 1,
  likert: 1,
} as const satisfies Record<InteractionType, number>;

/** SPM of the lists inside one value (RTE 4.2.9.1/4.2.9.2): 36 choices, pairs or steps. */
export const SCORM2004_MAX_NODES = 36;

/** Context of one interaction: the layout options (choices, items, targets) and the matching sources. */
export interface Scorm2004ValueContext {
  options?: readonly string[] | undefined;
  sources?: readonly string[];
}

/**
 * One learner response or correct pattern in its 2004 format (RTE 4.2.9.1, 4.2.9.2; undefined: nothing to
 * write):
 * - choice: the tokens of the selected choices in choice order, joined by `[,]`: `long[,]birthday`;
 * - true-false: `true` / `false`;
 * - matching: `source[.]target` pairs joined by `[,]`: `phishing[.]report[,]spam[.]delete`;
 * - sequencing: the item tokens in the learner's order joined by `[,]`: `c[,]a[,]b`;
 * - fill-in: the text as a localized string of at most 250 characters, on one line, a `[,]` written `,` and a
 *   leading `{` written `(` (both are delimiters); patterns start with `{case_matters=true}` when case matters,
 *   and both start with `{lang=xx}` when the language is known;
 * - numeric: a response is a real `12.5`; a pattern is a range `min[:]max` (`12.5[:]12.5` for an exact value,
 *   a bound omitted for an open range: `10[:]`);
 * - likert: the token of the chosen point.
 * Tokens are short identifiers from the layout (scorm2004ChoiceTokens); ids outside the layout are sanitized on
 * their own. Lists stop at 36 nodes.
 */
export function scorm2004Value(
  value: InteractionValue,
  kind: 'response' | 'pattern',
  context: Scorm2004ValueContext = {},
): string | undefined {
  const { options, sources } = context;
  const token = tokenizer(options);
  switch (value.type) {
    case 'choice': {
      const unique = [...new Set(value.choices)];
      const position = (id: string) => rank(options?.indexOf(id) ?? -1);
      const sorted = unique.sort((a, b) => position(a) - position(b));
      return joinNodes(sorted.map(token));
    }
    case 'true-false':
      return value.value ? 'true' : 'false';
    case 'matching': {
      const sourceToken = tokenizer(sources);
      return joinNodes(matchedPairs(value.pairs).map(([s, t]) => `${sourceToken(s)}[.]${token(t)}`));
    }
    case 'sequencing':
      return joinNodes(value.order.map(token));
    case 'fill-in':
      return fillIn(value, kind);
    case 'numeric':
      return kind === 'pattern' ? range(value.value, value.value) : formatPlainDecimal(value.value);
    case 'numeric-range':
      return kind === 'pattern' ? range(value.min, value.max) : undefined;
    case 'likert':
      return value.choice ? token(value.choice) : undefined;
  }
}

/**
 * The correct patterns that have a 2004 form, at most SCORM2004_MAX_PATTERNS[type]: used at build time only
 * (correct-patterns.ts), the adapter writes the record's `correctPatterns`.
 */
export function scorm2004Patterns(
  type: InteractionType,
  values: readonly InteractionValue[],
  context: Scorm2004ValueContext,
): string[] {
  return values
    .map((pattern) => scorm2004Value(pattern, 'pattern', context))
    .filter((pattern) => pattern !== undefined)
    .slice(0, SCORM2004_MAX_PATTERNS[type]);
}

/** Token of an id: its short identifier in `list` when there, else the id sanitized on its own. */
function tokenizer(list: readonly string[] | undefined): (id: string) => string {
  const tokens = list ? scorm2004ChoiceTokens(list) : [];
  return (id) => {
    const i = list?.indexOf(id) ?? -1;
    return (i >= 0 ? tokens[i] : undefined) ?? (sanitizeShortIdentifier(id).slice(0, 250) || '_');
  };
}

function joinNodes(nodes: readonly string[]): string | undefined {
  return nodes.slice(0, SCORM2004_MAX_NODES).join('[,]') || undefined;
}

function fillIn(
  value: Extract<InteractionValue, { type: 'fill-in' }>,
  kind: 'response' | 'pattern',
): string | undefined {
  const text = cutUtf16(
    value.text
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .replaceAll('[,]', ',')
      .trim()
      .replace(/^\{/, '('),
    SCORM2004_LIMITS.fillInChars,
  ).trim();
  const lang =
    value.lang && /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(value.lang) ? `{lang=${value.lang}}` : '';
  if (kind === 'response') return text ? lang + text : undefined;
  return (value.caseMatters ? '{case_matters=true}' : '') + lang + text;
}

function range(min: number | undefined, max: number | undefined): string | undefined {
  const low = min === undefined ? '' : formatPlainDecimal(min);
  const high = max === undefined ? '' : formatPlainDecimal(max);
  if (low === undefined || high === undefined || (low === '' && high === '')) return undefined;
  return `${low}[:]${high}`;
}

/** At most `max` UTF-16 units, never half of a surrogate pair. */
function cutUtf16(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
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

/**
 * The SetValue calls recording `interaction` as entry `n` (`isNew`: the entry does not exist yet, so its id is
 * written first; type always precedes the responses, which depend on it). Correct patterns that have a 2004
 * form become correct_responses.k.pattern, k from 0 without gaps, at most SCORM2004_MAX_PATTERNS[type].
 */
export function scorm2004InteractionValues(
  interaction: InteractionRecord,
  n: number,
  courseId: string,
  isNew: boolean,
  options?: readonly string[],
): [string, string][] {
  const base = `cmi.interactions.${n}`;
  const context: Scorm2004ValueContext = { options, sources: matchingSources(interaction) };
  const values: [string, string][] = [];
  if (isNew) values.push([`${base}.id`, scorm2004InteractionId(courseId, interaction.id)]);
  values.push([`${base}.type`, interaction.type]);
  if (interaction.description.trim()) {
    values.push([`${base}.description`, scorm2004Description(interaction.description)]);
  }
  interaction.correctPatterns.scorm2004.forEach((pattern, k) =>
    values.push([`${base}.correct_responses.${k}.pattern`, pattern]),
  );
  const response = scorm2004Value(interaction.response, 'response', context);
  if (response !== undefined) values.push([`${base}.learner_response`, response]);
  values.push(
    [`${base}.result`, interaction.result satisfies Scorm2004Result],
    // real(10,7): at most 7 decimals.
    [`${base}.weighting`, formatDecimal(interaction.weighting, 7)],
    [`${base}.latency`, formatIso8601Duration(interaction.latencyMs)],
    [`${base}.timestamp`, formatIso8601Timestamp(interaction.timestamp)],
  );
  return values;
}
