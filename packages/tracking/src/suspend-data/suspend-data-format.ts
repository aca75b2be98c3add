/**
 * Constants of the suspend-data format, version A (docs/tracking.md, "Suspend data"):
 *
 *   'A' · fingerprint (6 chars) · payload (base64url bits) · check (1 char)
 *
 * Payload bits, MSB first: bookmark page index (bitsFor(pages) bits) · submitted (1) · visited bitset (one bit
 * per page, layout order) · per question in layout order: answered (1), and when answered: attempts
 * (ATTEMPT_BITS) then the selected-choice bitset (one bit per choice, layout order).
 */
export const FORMAT_VERSION = 'A';

/** Bits used to store a question's attempt count. */
export const ATTEMPT_BITS = 6;

/** Attempt counts saturate at this value (larger counts are saved as this). */
export const MAX_SAVED_ATTEMPTS = 2 ** ATTEMPT_BITS - 1;

/**
 * Maximum length of `cmi.suspend_data`: SCORM 1.2 CMIString4096 (RTE 3.4.2.5) and SCORM 2004 4th ed.
 * characterstring SPM 64000 (RTE 4.2.20).
 */
export const SUSPEND_DATA_LIMITS = { scorm12: 4096, scorm2004: 64000 } as const;
