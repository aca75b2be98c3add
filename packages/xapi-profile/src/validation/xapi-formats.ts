/**
 * Formats of the xAPI data model (1.0.3 Part Two §4 "Special Data Types and Rules"; 2.0 §4.2.7). Each returns
 * whether the value is acceptable; callers turn false into a located error.
 */

/** Absolute IRI (RFC 3987): a scheme, a colon, and no whitespace or characters IRIs exclude. */
export function isIri(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(value);
}

/** RFC 4122 UUID in its canonical 8-4-4-4-12 hexadecimal form. */
export function isUuid(value: unknown): value is string {
  return (
    typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
  );
}

const NUM = String.raw`\d+(?:[.,]\d+)?`;
// ISO 8601:2004 §4.4.3.2: weeks (PnW) stand alone, never mixed with other components.
const DURATION = new RegExp(
  `^P(?:${NUM}W|(?=\\d|T\\d)(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}D)?(?:T(?=\\d)(?:${NUM}H)?(?:${NUM}M)?(?:${NUM}S)?)?)$`,
);

/** ISO 8601 duration (PnYnMnDTnHnMnS or PnW). */
export function isDuration(value: unknown): value is string {
  return typeof value === 'string' && DURATION.test(value);
}

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * ISO 8601 / RFC 3339 date-time. 1.0.3 Part Two §4.5: a timestamp MUST NOT use the offsets "-00:00", "-0000" or
 * "-00" (they mean "unknown offset").
 */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = TIMESTAMP.exec(value);
  if (!m) return false;
  if (m[7] && /^-00(:?00)?$/.test(m[7])) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 31 &&
    Number(m[4]) <= 23 &&
    Number(m[5]) <= 59 &&
    Number(m[6] ?? '0') <= 60
  );
}

/** RFC 5646 language tag (syntax only). */
export function isLanguageTag(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i.test(value);
}

/** `mailto:` IRI with one address (Agent.mbox). */
export function isMailto(value: unknown): value is string {
  return typeof value === 'string' && /^mailto:[^@\s:/]+@[^@\s]+$/i.test(value);
}

/** Hex-encoded SHA-1 (Agent.mbox_sha1sum). */
export function isSha1Hex(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{40}$/i.test(value);
}
