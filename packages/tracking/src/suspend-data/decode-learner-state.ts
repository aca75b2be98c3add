import type { LearnerState, SavedAnswer, SavedScenario, SuspendLayout } from '../learner-state.ts';
import { BitReader, bitsFor } from './bit-stream.ts';
import { checkCharacter } from './encode-learner-state.ts';
import { readFloat64 } from './float64-bits.ts';
import { FINGERPRINT_LENGTH, layoutFingerprint } from './layout-fingerprint.ts';
import { readResponse } from './response-codec.ts';
import { COUNT_BITS, FORMAT_VERSION, SEED_BITS } from './suspend-data-format.ts';

/**
 * Decodes suspend data written by `encodeLearnerState` for the same layout. Returns undefined, never throws, for
 * anything else: empty or garbage text, another format version (format A included), another layout fingerprint
 * (another course version), a failed check character, truncated or over-long data, out-of-range indexes or
 * malformed text.
 * Optional parts are present only when they hold something: `submitted` when true, `assessmentAttempts` when
 * > 0, `bankSeeds` / `checklists` / `scenarios` / `variables` when at least one entry was saved. Everything comes back in
 * layout order (responses: see readResponse).
 */
export function decodeLearnerState(text: string, layout: SuspendLayout): LearnerState | undefined {
  if (typeof text !== 'string' || text.length < FINGERPRINT_LENGTH + 2) return undefined;
  if (text[0] !== FORMAT_VERSION) return undefined;
  if (text.slice(1, 1 + FINGERPRINT_LENGTH) !== layoutFingerprint(layout)) return undefined;
  const body = text.slice(0, -1);
  if (checkCharacter(body) !== text.slice(-1)) return undefined;

  const bits = new BitReader(body.slice(1 + FINGERPRINT_LENGTH));
  const pageIndex = bits.read(bitsFor(layout.pages.length));
  const submitted = bits.read(1) === 1;
  const assessmentAttempts = bits.read(COUNT_BITS);
  const visited = layout.pages.filter(() => bits.read(1) === 1);

  const answers: Record<string, SavedAnswer> = {};
  for (const question of layout.questions) {
    if (bits.read(1) === 0) continue;
    const attempts = bits.read(COUNT_BITS);
    const response = readResponse(bits, question);
    if (!response) return undefined;
    answers[question.id] = { response, attempts };
  }
  const checklists: Record<string, string[]> = {};
  for (const checklist of layout.checklists) {
    if (bits.read(1) === 0) continue;
    checklists[checklist.id] = checklist.items.filter(() => bits.read(1) === 1);
  }
  const bankSeeds: Record<string, number> = {};
  for (const bank of layout.banks) {
    if (bits.read(1) === 1) bankSeeds[bank] = bits.read(SEED_BITS);
  }
  const scenarios: Record<string, SavedScenario> = {};
  for (const scenario of layout.scenarios) {
    if (bits.read(1) === 0) continue;
    const saved: SavedScenario = { path: [], runs: bits.read(COUNT_BITS) };
    if (bits.read(1) === 1) {
      const best = readFloat64(bits);
      if (!Number.isFinite(best)) return undefined;
      saved.bestScore = best;
    }
    const maxSteps = Math.max(0, Math.floor(scenario.maxSteps) || 0);
    const steps = bits.read(bitsFor(maxSteps + 1));
    if (steps > maxSteps) return undefined;
    for (let i = 0; i < steps; i++) {
      const choice = scenario.choices[bits.read(bitsFor(scenario.choices.length))];
      if (choice === undefined) return undefined;
      saved.path.push(choice);
    }
    scenarios[scenario.id] = saved;
  }

  const variables: Record<string, string> = {};
  for (const variable of layout.variables ?? []) {
    const index = bits.read(bitsFor(variable.values.length + 1));
    if (index === 0) continue;
    const value = variable.values[index - 1];
    if (value === undefined) return undefined;
    variables[variable.id] = value;
  }

  if (!bits.ok || !bits.atCleanEnd()) return undefined;
  const page = layout.pages.length === 0 ? '' : layout.pages[pageIndex];
  if (page === undefined) return undefined;
  const state: LearnerState = { page, visited, answers };
  if (submitted) state.submitted = true;
  if (assessmentAttempts > 0) state.assessmentAttempts = assessmentAttempts;
  if (Object.keys(bankSeeds).length > 0) state.bankSeeds = bankSeeds;
  if (Object.keys(checklists).length > 0) state.checklists = checklists;
  if (Object.keys(scenarios).length > 0) state.scenarios = scenarios;
  if (Object.keys(variables).length > 0) state.variables = variables;
  return state;
}
