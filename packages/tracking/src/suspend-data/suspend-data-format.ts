/**
 * Constants of the suspend-data format, version B (docs/tracking.md, "Suspend data"):
 *
 *   'B' · fingerprint (6 chars) · payload (base64url bits) · check (1 char)
 *
 * Payload bits, MSB first, every part in layout order:
 * bookmark page index (bitsFor(pages)) · submitted (1) · assessment attempts (COUNT_BITS) · visited bitset (1 per
 * page) · per question: answered (1), and when answered: attempts (COUNT_BITS) then the response by kind
 * (response-codec.ts) · per checklist: present (1), and when present: ticked bitset (1 per item) · per bank:
 * present (1), and when present: seed (SEED_BITS) · per scenario: present (1), and when present: runs
 * (COUNT_BITS), best score present (1) + IEEE 754 double (SCORE_BITS), path length (bitsFor(maxSteps + 1)),
 * then each step's choice index (bitsFor(choices)).
 * Version A (issue 1) had a smaller layout; its strings start with 'A' and decode to undefined.
 */
export const FORMAT_VERSION = 'B';

/** Bits of every saturating count: question attempts, assessment attempts, scenario runs. */
export const COUNT_BITS = 6;

/** Counts (attempts, runs) saturate at this value (larger counts are saved as this). */
export const MAX_SAVED_ATTEMPTS = 2 ** COUNT_BITS - 1;

/** Bits of a question bank seed (uint32). */
export const SEED_BITS = 32;

/** Bits of a scenario best score (a float64, stored exactly). */
export const SCORE_BITS = 64;

/** Worst-case UTF-8 bytes of one Unicode character (code point). */
export const MAX_UTF8_BYTES_PER_CHAR = 4;

/**
 * Maximum length of `cmi.suspend_data`: SCORM 1.2 CMIString4096 (RTE 3.4.2.5) and SCORM 2004 4th ed.
 * characterstring SPM 64000 (RTE 4.2.20).
 */
export const SUSPEND_DATA_LIMITS = { scorm12: 4096, scorm2004: 64000 } as const;
