import { describe, expect, test } from 'vitest';
import type { LearnerState, SuspendLayout } from '../../src/index.ts';
import {
  MAX_SAVED_ATTEMPTS,
  SUSPEND_DATA_LIMITS,
  decodeLearnerState,
  encodeLearnerState,
  layoutFingerprint,
  worstCaseSuspendDataLength,
} from '../../src/suspend-data/index.ts';
import { randomInt, seededRandom } from '../support/seeded-random.ts';

function randomLayout(random: () => number): SuspendLayout {
  const pages = Array.from(
    { length: 1 + randomInt(random, 60) },
    (_, i) => `page-${i}-${'x'.repeat(randomInt(random, 20))}`,
  );
  const questions = Array.from({ length: randomInt(random, 40) }, (_, i) => ({
    id: `q${i}`,
    choices: Array.from({ length: 2 + randomInt(random, 6) }, (_, j) => `choice-${j}`),
  }));
  return { pages, questions };
}

function randomState(random: () => number, layout: SuspendLayout): LearnerState {
  const answers: LearnerState['answers'] = {};
  for (const q of layout.questions) {
    if (random() < 0.5) continue;
    answers[q.id] = {
      response: q.choices.filter(() => random() < 0.4),
      attempts: randomInt(random, MAX_SAVED_ATTEMPTS + 1),
    };
  }
  const state: LearnerState = {
    page: layout.pages[randomInt(random, layout.pages.length)]!,
    visited: layout.pages.filter(() => random() < 0.5),
    answers,
  };
  if (random() < 0.5) state.submitted = true;
  return state;
}

describe('suspend-data codec', () => {
  test('round trip over random states and layouts; output stays in the base64url alphabet', () => {
    const random = seededRandom(42);
    for (let i = 0; i < 500; i++) {
      const layout = randomLayout(random);
      const state = randomState(random, layout);
      const text = encodeLearnerState(state, layout);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeLearnerState(text, layout)).toEqual(state);
    }
  });

  test('worst case bounds every random state of the layout', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 100; i++) {
      const layout = randomLayout(random);
      const budget = worstCaseSuspendDataLength(layout);
      for (let j = 0; j < 20; j++) {
        expect(encodeLearnerState(randomState(random, layout), layout).length).toBeLessThanOrEqual(budget);
      }
    }
  });

  test('a large course fits SCORM 1.2 with room to spare', () => {
    const layout: SuspendLayout = {
      pages: Array.from({ length: 300 }, (_, i) => `module-${i}-page`),
      questions: Array.from({ length: 200 }, (_, i) => ({
        id: `q${i}`,
        choices: ['a', 'b', 'c', 'd', 'e', 'f'],
      })),
    };
    const budget = worstCaseSuspendDataLength(layout);
    expect(budget).toBeLessThan(SUSPEND_DATA_LIMITS.scorm12 / 2);
    expect(SUSPEND_DATA_LIMITS).toEqual({ scorm12: 4096, scorm2004: 64000 });
  });

  test('lossy where the layout cannot express the state: unknown ids dropped, attempts saturate', () => {
    const layout: SuspendLayout = { pages: ['p1', 'p2'], questions: [{ id: 'q1', choices: ['a', 'b'] }] };
    const text = encodeLearnerState(
      {
        page: 'gone',
        visited: ['p2', 'gone', 'p2'],
        answers: { q1: { response: ['b', 'zz'], attempts: 1000 }, q9: { response: ['a'], attempts: 1 } },
      },
      layout,
    );
    expect(decodeLearnerState(text, layout)).toEqual({
      page: 'p1',
      visited: ['p2'],
      answers: { q1: { response: ['b'], attempts: MAX_SAVED_ATTEMPTS } },
    });
  });

  test('garbage, truncated, edited, other version or other layout → undefined, never a throw', () => {
    const layout: SuspendLayout = {
      pages: ['intro', 'p2', 'quiz'],
      questions: [{ id: 'q1', choices: ['a', 'b', 'c'] }],
    };
    const state: LearnerState = {
      page: 'quiz',
      visited: ['intro', 'quiz'],
      answers: { q1: { response: ['c'], attempts: 2 } },
    };
    const text = encodeLearnerState(state, layout);
    expect(decodeLearnerState(text, layout)).toEqual(state);

    const garbage = [
      '',
      'x',
      '{"page":"quiz"}',
      'A',
      'A' + layoutFingerprint(layout),
      '💥💥💥💥💥💥💥💥💥',
      text + text,
    ];
    for (const g of garbage) expect(decodeLearnerState(g, layout)).toBeUndefined();
    for (let cut = 0; cut < text.length; cut++)
      expect(decodeLearnerState(text.slice(0, cut), layout)).toBeUndefined();
    expect(decodeLearnerState('B' + text.slice(1), layout)).toBeUndefined();

    const otherLayouts: SuspendLayout[] = [
      { pages: ['intro', 'quiz', 'p2'], questions: layout.questions },
      { pages: layout.pages, questions: [{ id: 'q1', choices: ['a', 'b', 'c', 'd'] }] },
      { pages: layout.pages, questions: [{ id: 'q2', choices: ['a', 'b', 'c'] }] },
    ];
    for (const other of otherLayouts) {
      expect(layoutFingerprint(other)).not.toBe(layoutFingerprint(layout));
      expect(decodeLearnerState(text, other)).toBeUndefined();
    }

    // Every single-character edit of the payload is caught (check character, fixed widths or range checks).
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let decodedEdits = 0;
    for (let i = 7; i < text.length; i++) {
      for (const c of alphabet) {
        if (c === text[i]) continue;
        const edited = text.slice(0, i) + c + text.slice(i + 1);
        if (decodeLearnerState(edited, layout) !== undefined) decodedEdits++;
      }
    }
    // A 6-bit check lets about 1 edit in 64 through; most edits must be refused.
    expect(decodedEdits).toBeLessThan(((text.length - 7) * 63) / 16);
  });

  test('an empty layout still round-trips', () => {
    const layout: SuspendLayout = { pages: [], questions: [] };
    const text = encodeLearnerState({ page: '', visited: [], answers: {}, submitted: true }, layout);
    expect(decodeLearnerState(text, layout)).toEqual({ page: '', visited: [], answers: {}, submitted: true });
  });
});
