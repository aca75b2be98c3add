import type { LearnerState, StartInfo } from '../tracker.ts';

/** Helpers reading and writing SCORM data model values, shared by the SCORM adapters. */

/** Resume state from a bookmark alone (no usable suspend data): the page, when the layout knows it. */
export function bookmarkOnly(location: string, pages: readonly string[]): LearnerState | undefined {
  return location && pages.includes(location) ? { page: location, visited: [], answers: {} } : undefined;
}

/** A number parsed from an LMS value, or undefined for '' and garbage. */
export function parseNumber(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

// In interaction-options.ts, which the build also reads (pure: no Tracker types).
export { formatDecimal } from './interaction-options.ts';

/** Learner details without the empty values the LMS returns for unknown elements. */
export function definedOnly(learner: { id: string; name: string; language: string }): StartInfo['learner'] {
  const out: StartInfo['learner'] = {};
  if (learner.id) out.id = learner.id;
  if (learner.name) out.name = learner.name;
  if (learner.language) out.language = learner.language;
  return out;
}
