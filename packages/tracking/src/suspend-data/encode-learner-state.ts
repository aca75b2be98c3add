import type { LearnerState, SuspendLayout } from '../learner-state.ts';
import { BASE64URL, BitWriter, bitsFor } from './bit-stream.ts';
import { fnv1a } from './fnv1a.ts';
import { layoutFingerprint } from './layout-fingerprint.ts';
import { writeResponse } from './response-codec.ts';
import { COUNT_BITS, FORMAT_VERSION, MAX_SAVED_ATTEMPTS, SEED_BITS } from './suspend-data-format.ts';
import { writeFloat64 } from './float64-bits.ts';

/**
 * Encodes a learner state as compact suspend data for `layout` (format in suspend-data-format.ts).
 * Lossy for what the layout cannot express: a bookmark on an unknown page becomes the first page; visited pages,
 * answers, options, checklist items, banks and scenarios with unknown ids are dropped; counts (attempts, runs)
 * saturate at MAX_SAVED_ATTEMPTS; an unknown variable value is dropped; text is cut to the question's maxLength characters; a scenario path is cut
 * at maxSteps or at its first unknown choice; a non-finite best score is dropped; seeds are taken as uint32.
 * The output uses the base64url alphabet only.
 */
export function encodeLearnerState(state: LearnerState, layout: SuspendLayout): string {
  const bits = new BitWriter();
  bits.write(Math.max(0, layout.pages.indexOf(state.page)), bitsFor(layout.pages.length));
  bits.write(state.submitted ? 1 : 0, 1);
  bits.write(count(state.assessmentAttempts), COUNT_BITS);
  const visited = new Set(state.visited);
  for (const page of layout.pages) bits.write(visited.has(page) ? 1 : 0, 1);

  for (const question of layout.questions) {
    const answer = own(state.answers, question.id);
    bits.write(answer ? 1 : 0, 1);
    if (!answer) continue;
    bits.write(count(answer.attempts), COUNT_BITS);
    writeResponse(bits, question, Array.isArray(answer.response) ? answer.response : []);
  }
  for (const checklist of layout.checklists) {
    const ticked = own(state.checklists, checklist.id);
    bits.write(ticked ? 1 : 0, 1);
    if (!ticked) continue;
    const set = new Set(ticked);
    for (const item of checklist.items) bits.write(set.has(item) ? 1 : 0, 1);
  }
  for (const bank of layout.banks) {
    const seed = own(state.bankSeeds, bank);
    bits.write(seed === undefined ? 0 : 1, 1);
    if (seed !== undefined) bits.write(seed >>> 0, SEED_BITS);
  }
  for (const scenario of layout.scenarios) {
    const saved = own(state.scenarios, scenario.id);
    bits.write(saved ? 1 : 0, 1);
    if (!saved) continue;
    bits.write(count(saved.runs), COUNT_BITS);
    const best = saved.bestScore;
    const hasBest = typeof best === 'number' && Number.isFinite(best);
    bits.write(hasBest ? 1 : 0, 1);
    if (hasBest) writeFloat64(bits, best);
    const maxSteps = Math.max(0, Math.floor(scenario.maxSteps) || 0);
    const steps: number[] = [];
    for (const choice of saved.path.slice(0, maxSteps)) {
      const index = scenario.choices.indexOf(choice);
      if (index < 0) break;
      steps.push(index);
    }
    bits.write(steps.length, bitsFor(maxSteps + 1));
    for (const index of steps) bits.write(index, bitsFor(scenario.choices.length));
  }
  for (const variable of layout.variables ?? []) {
    // 0 = no value, i + 1 = values[i].
    const value = own(state.variables, variable.id);
    const index = value === undefined ? -1 : variable.values.indexOf(value);
    bits.write(index + 1, bitsFor(variable.values.length + 1));
  }
  const body = FORMAT_VERSION + layoutFingerprint(layout) + bits.toBase64Url();
  return body + checkCharacter(body);
}

/** One base64url character derived from everything before it: catches edits and most truncations. */
export function checkCharacter(body: string): string {
  return BASE64URL[fnv1a(body) % 64] ?? 'A';
}

/** A count as saved: a whole number in 0..MAX_SAVED_ATTEMPTS (garbage counts as 0). */
function count(value: number | undefined): number {
  return Math.min(MAX_SAVED_ATTEMPTS, Math.max(0, Math.floor(value ?? 0) || 0));
}

/** An own property of an optional record (never one inherited from Object.prototype). */
function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
