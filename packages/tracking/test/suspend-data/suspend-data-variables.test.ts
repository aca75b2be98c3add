import { describe, expect, test } from 'vitest';
import type { LearnerState, SuspendLayout } from '../../src/index.ts';
import {
  decodeLearnerState,
  encodeLearnerState,
  layoutFingerprint,
  worstCaseSuspendDataLength,
} from '../../src/suspend-data/index.ts';

const base: SuspendLayout = {
  pages: ['choose', 'belgium', 'quiz'],
  questions: [{ id: 'q1', kind: 'choices', options: ['true', 'false'] }],
  checklists: [],
  banks: [],
  scenarios: [],
};
const withVariables: SuspendLayout = {
  ...base,
  variables: [
    { id: 'country', values: ['fr', 'be', 'lu', 'el', 'ro'] },
    { id: 'role', values: ['student', 'worker'] },
  ],
};

describe('suspend data of course variables', () => {
  test('a variable value survives the round trip; an unset one stays unset', () => {
    const state: LearnerState = {
      page: 'belgium',
      visited: ['choose', 'belgium'],
      answers: {},
      variables: { country: 'be' },
    };
    const decoded = decodeLearnerState(encodeLearnerState(state, withVariables), withVariables);
    expect(decoded).toEqual(state);
  });

  test('every value of every variable round-trips (the last value included)', () => {
    for (const country of withVariables.variables![0]!.values) {
      for (const role of withVariables.variables![1]!.values) {
        const state: LearnerState = { page: 'quiz', visited: [], answers: {}, variables: { country, role } };
        expect(decodeLearnerState(encodeLearnerState(state, withVariables), withVariables)).toEqual(state);
      }
    }
  });

  test('an unknown value is dropped, and a layout without variables keeps its fingerprint and encoding', () => {
    const state: LearnerState = { page: 'quiz', visited: [], answers: {}, variables: { country: 'xx' } };
    expect(decodeLearnerState(encodeLearnerState(state, withVariables), withVariables)).toEqual({
      page: 'quiz',
      visited: [],
      answers: {},
    });
    expect(layoutFingerprint({ ...base, variables: [] })).toBe(layoutFingerprint(base));
    expect(layoutFingerprint(withVariables)).not.toBe(layoutFingerprint(base));
    const plain: LearnerState = { page: 'quiz', visited: ['quiz'], answers: {} };
    expect(encodeLearnerState({ ...plain, variables: { country: 'fr' } }, base)).toBe(
      encodeLearnerState(plain, base),
    );
  });

  test('state saved for the layout without variables is not misread by the one with them', () => {
    const saved = encodeLearnerState({ page: 'quiz', visited: [], answers: {} }, base);
    expect(decodeLearnerState(saved, withVariables)).toBeUndefined();
  });

  test('the worst case counts the variables: longer than without, and a real state never longer', () => {
    const worst = worstCaseSuspendDataLength(withVariables);
    expect(worst).toBeGreaterThanOrEqual(worstCaseSuspendDataLength(base));
    const full: LearnerState = {
      page: 'quiz',
      visited: [...base.pages],
      answers: { q1: { response: ['true', 'false'], attempts: 3 } },
      variables: { country: 'ro', role: 'worker' },
    };
    expect(encodeLearnerState(full, withVariables).length).toBeLessThanOrEqual(worst);
  });
});
