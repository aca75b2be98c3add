import { describe, expect, test } from 'vitest';
import type { LearnerState, SuspendLayout, SuspendQuestion } from '../../src/index.ts';
import {
  MAX_SAVED_ATTEMPTS,
  SUSPEND_DATA_LIMITS,
  decodeLearnerState,
  encodeLearnerState,
  layoutFingerprint,
  worstCaseSuspendDataLength,
} from '../../src/suspend-data/index.ts';
import { randomInt, seededRandom } from '../support/seeded-random.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Characters of 1 to 4 UTF-8 bytes, an emoji with a modifier, a combining accent. */
const TEXT_CHARS = ['a', 'Z', ' ', '7', '.', 'é', 'ß', 'Ω', '€', '中', '😀', '👍🏽', 'e\u0301', '\u{10FFFF}'];

function ids(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
}

function randomQuestion(random: () => number, i: number): SuspendQuestion {
  const id = `q${i}`;
  switch (randomInt(random, 4)) {
    case 0:
      return { id, kind: 'choices', options: ids('c', 1 + randomInt(random, 8)) };
    case 1:
      return { id, kind: 'order', options: ids('i', 1 + randomInt(random, 10)) };
    case 2:
      return {
        id,
        kind: 'match',
        options: ids('t', 1 + randomInt(random, 8)),
        sources: randomInt(random, 7),
      };
    default:
      return { id, kind: 'text', maxLength: randomInt(random, 40) };
  }
}

function randomLayout(random: () => number): SuspendLayout {
  return {
    pages: Array.from(
      { length: 1 + randomInt(random, 60) },
      (_, i) => `page-${i}-${'x'.repeat(randomInt(random, 20))}`,
    ),
    questions: Array.from({ length: randomInt(random, 30) }, (_, i) => randomQuestion(random, i)),
    checklists: Array.from({ length: randomInt(random, 4) }, (_, i) => ({
      id: `check-${i}`,
      items: ids('item', randomInt(random, 12)),
    })),
    banks: ids('bank', randomInt(random, 4)),
    scenarios: Array.from({ length: randomInt(random, 3) }, (_, i) => ({
      id: `scenario-${i}`,
      choices: ids('s', 1 + randomInt(random, 20)),
      maxSteps: randomInt(random, 12),
    })),
  };
}

function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function randomText(random: () => number, maxLength: number): string {
  const length = randomInt(random, maxLength + 1);
  let text = '';
  while ([...text].length < length) {
    const c = TEXT_CHARS[randomInt(random, TEXT_CHARS.length)]!;
    if ([...(text + c)].length <= length) text += c;
    else text += 'a';
  }
  return text;
}

/** A response as decode returns it (layout order for choices, full length for matching). */
function randomResponse(random: () => number, q: SuspendQuestion): string[] {
  switch (q.kind) {
    case 'choices':
      return q.options.filter(() => random() < 0.4);
    case 'order':
      return shuffled(random, q.options).slice(
        0,
        random() < 0.8 ? q.options.length : randomInt(random, q.options.length),
      );
    case 'match':
      return Array.from({ length: q.sources }, () =>
        random() < 0.2 ? '' : q.options[randomInt(random, q.options.length)]!,
      );
    default:
      return [randomText(random, q.maxLength)];
  }
}

function randomState(random: () => number, layout: SuspendLayout): LearnerState {
  const answers: LearnerState['answers'] = {};
  for (const q of layout.questions) {
    if (random() < 0.3) continue;
    answers[q.id] = {
      response: randomResponse(random, q),
      attempts: randomInt(random, MAX_SAVED_ATTEMPTS + 1),
    };
  }
  const state: LearnerState = {
    page: layout.pages[randomInt(random, layout.pages.length)]!,
    visited: layout.pages.filter(() => random() < 0.5),
    answers,
  };
  if (random() < 0.5) state.submitted = true;
  if (random() < 0.5) state.assessmentAttempts = 1 + randomInt(random, MAX_SAVED_ATTEMPTS);
  const checklists = layout.checklists.filter(() => random() < 0.6);
  if (checklists.length > 0) {
    state.checklists = Object.fromEntries(
      checklists.map((c) => [c.id, c.items.filter(() => random() < 0.5)]),
    );
  }
  const banks = layout.banks.filter(() => random() < 0.6);
  if (banks.length > 0) {
    state.bankSeeds = Object.fromEntries(banks.map((b) => [b, Math.floor(random() * 2 ** 32)]));
  }
  const scenarios = layout.scenarios.filter(() => random() < 0.7);
  if (scenarios.length > 0) {
    state.scenarios = Object.fromEntries(
      scenarios.map((s) => {
        const saved: NonNullable<LearnerState['scenarios']>[string] = {
          runs: randomInt(random, MAX_SAVED_ATTEMPTS + 1),
          path: Array.from(
            { length: randomInt(random, s.maxSteps + 1) },
            () => s.choices[randomInt(random, s.choices.length)]!,
          ),
        };
        if (random() < 0.6) saved.bestScore = Math.round((random() * 40 - 10) * 100) / 100;
        return [s.id, saved];
      }),
    );
  }
  return state;
}

const sample: SuspendLayout = {
  pages: ['intro', 'p2', 'quiz'],
  questions: [
    { id: 'q1', kind: 'choices', options: ['a', 'b', 'c'] },
    { id: 'q2', kind: 'order', options: ['x', 'y', 'z'] },
    { id: 'q3', kind: 'match', options: ['t1', 't2', 't3'], sources: 2 },
    { id: 'q4', kind: 'text', maxLength: 10 },
  ],
  checklists: [{ id: 'ck', items: ['i1', 'i2', 'i3'] }],
  banks: ['bank'],
  scenarios: [{ id: 'sc', choices: ['s1', 's2', 's3', 's4'], maxSteps: 3 }],
};

const sampleState: LearnerState = {
  page: 'quiz',
  visited: ['intro', 'quiz'],
  submitted: true,
  assessmentAttempts: 2,
  answers: {
    q1: { response: ['c'], attempts: 2 },
    q2: { response: ['z', 'x', 'y'], attempts: 1 },
    q3: { response: ['t3', ''], attempts: 1 },
    q4: { response: ['élève 😀'], attempts: 3 },
  },
  checklists: { ck: ['i1', 'i3'] },
  bankSeeds: { bank: 4_294_967_295 },
  scenarios: { sc: { path: ['s2', 's4'], runs: 2, bestScore: -1.5 } },
};

describe('suspend-data codec, format B', () => {
  test('round trip over random layouts and states; output stays in the base64url alphabet', () => {
    const random = seededRandom(42);
    for (let i = 0; i < 400; i++) {
      const layout = randomLayout(random);
      const state = randomState(random, layout);
      const text = encodeLearnerState(state, layout);
      expect(text).toMatch(/^B[A-Za-z0-9_-]+$/);
      expect(decodeLearnerState(text, layout)).toEqual(state);
    }
  });

  test('worst case bounds every random state of the layout and over-long input', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 100; i++) {
      const layout = randomLayout(random);
      const budget = worstCaseSuspendDataLength(layout);
      for (let j = 0; j < 20; j++) {
        expect(encodeLearnerState(randomState(random, layout), layout).length).toBeLessThanOrEqual(budget);
      }
    }
    // Over-long and garbage input is cut to the same widths: still within the bound.
    const wild: LearnerState = {
      page: 'nowhere',
      visited: [...sample.pages, 'x'],
      submitted: true,
      assessmentAttempts: 10_000,
      answers: {
        q1: { response: ['a', 'b', 'c', 'd'], attempts: 1e9 },
        q2: { response: ['x', 'x', 'y', 'z', 'w'], attempts: -3 },
        q3: { response: ['t1', 't2', 't3', 't1'], attempts: Number.NaN },
        q4: { response: ['😀'.repeat(500)], attempts: 1 },
      },
      checklists: { ck: ['i1', 'i2', 'i3', 'i4'], other: ['a'] },
      bankSeeds: { bank: 2 ** 40 + 5, nope: 1 },
      scenarios: { sc: { path: ['s1', 's1', 's1', 's1', 's1'], runs: 99, bestScore: 1e300 } },
    };
    expect(encodeLearnerState(wild, sample).length).toBeLessThanOrEqual(worstCaseSuspendDataLength(sample));
  });

  test('a sample state round-trips exactly, multi-byte text included', () => {
    const text = encodeLearnerState(sampleState, sample);
    expect(decodeLearnerState(text, sample)).toEqual(sampleState);
  });

  test('lossy where the layout cannot express the state', () => {
    const text = encodeLearnerState(
      {
        page: 'gone',
        visited: ['p2', 'gone', 'p2'],
        assessmentAttempts: 1000,
        answers: {
          q1: { response: ['b', 'zz'], attempts: 1000 },
          q2: { response: ['y', 'nope', 'y'], attempts: 1 },
          q3: { response: ['t2', 'unknown', 't1'], attempts: 1 },
          q4: { response: ['0123456789abc'], attempts: 1 },
          q9: { response: ['a'], attempts: 1 },
        },
        checklists: { ck: ['i2', 'zz'], gone: ['x'] },
        bankSeeds: { bank: -1, gone: 3 },
        scenarios: { sc: { path: ['s1', 's2', 'bad', 's3'], runs: 1 }, gone: { path: [], runs: 1 } },
      },
      sample,
    );
    expect(decodeLearnerState(text, sample)).toEqual({
      page: 'intro',
      visited: ['p2'],
      assessmentAttempts: MAX_SAVED_ATTEMPTS,
      answers: {
        q1: { response: ['b'], attempts: MAX_SAVED_ATTEMPTS },
        q2: { response: ['y'], attempts: 1 },
        q3: { response: ['t2', ''], attempts: 1 },
        q4: { response: ['0123456789'], attempts: 1 },
      },
      checklists: { ck: ['i2'] },
      bankSeeds: { bank: 4_294_967_295 },
      scenarios: { sc: { path: ['s1', 's2'], runs: 1 } },
    });
  });

  test('text is cut at maxLength characters, never inside a character', () => {
    const layout: SuspendLayout = { ...sample, questions: [{ id: 'q4', kind: 'text', maxLength: 3 }] };
    const state = (response: string): LearnerState => ({
      page: 'intro',
      visited: [],
      answers: { q4: { response: [response], attempts: 1 } },
    });
    const cut = (response: string) =>
      decodeLearnerState(encodeLearnerState(state(response), layout), layout)?.answers.q4?.response;
    expect(cut('👍🏽👍🏽x')).toEqual(['👍🏽👍']);
    expect(cut('ab😀€')).toEqual(['ab😀']);
    expect(cut('')).toEqual(['']);
  });

  test('a large course fits SCORM 1.2', () => {
    const layout: SuspendLayout = {
      pages: ids('module-page', 200),
      questions: [
        ...Array.from({ length: 100 }, (_, i): SuspendQuestion => ({
          id: `c${i}`,
          kind: 'choices',
          options: ids('o', 5),
        })),
        ...Array.from({ length: 10 }, (_, i): SuspendQuestion => ({
          id: `o${i}`,
          kind: 'order',
          options: ids('i', 6),
        })),
        ...Array.from({ length: 10 }, (_, i): SuspendQuestion => ({
          id: `m${i}`,
          kind: 'match',
          options: ids('t', 6),
          sources: 5,
        })),
        ...Array.from({ length: 10 }, (_, i): SuspendQuestion => ({
          id: `f${i}`,
          kind: 'text',
          maxLength: 30,
        })),
      ],
      checklists: [{ id: 'ck', items: ids('i', 20) }],
      banks: ids('bank', 3),
      scenarios: [{ id: 'sc', choices: ids('s', 30), maxSteps: 10 }],
    };
    expect(worstCaseSuspendDataLength(layout)).toBeLessThan(SUSPEND_DATA_LIMITS.scorm12);
    expect(SUSPEND_DATA_LIMITS).toEqual({ scorm12: 4096, scorm2004: 64000 });
  });

  test('garbage, truncated, edited, format A, other layout → undefined, never a throw', () => {
    const text = encodeLearnerState(sampleState, sample);
    const garbage = [
      '',
      'x',
      '{"page":"quiz"}',
      'B',
      'B' + layoutFingerprint(sample),
      '💥💥💥💥💥💥💥💥💥',
      text + text,
    ];
    for (const g of garbage) expect(decodeLearnerState(g, sample)).toBeUndefined();
    for (let cut = 0; cut < text.length; cut++)
      expect(decodeLearnerState(text.slice(0, cut), sample)).toBeUndefined();
    // The same bits under version A (issue 1's format) are never misread.
    expect(decodeLearnerState('A' + text.slice(1), sample)).toBeUndefined();
    expect(decodeLearnerState('ADb_SIPnQY3', sample)).toBeUndefined();

    const others: SuspendLayout[] = [
      { ...sample, pages: ['intro', 'quiz', 'p2'] },
      { ...sample, questions: [...sample.questions.slice(0, 3), { id: 'q4', kind: 'text', maxLength: 11 }] },
      {
        ...sample,
        questions: [{ id: 'q1', kind: 'order', options: ['a', 'b', 'c'] }, ...sample.questions.slice(1)],
      },
      { ...sample, checklists: [{ id: 'ck', items: ['i1', 'i2'] }] },
      { ...sample, banks: [] },
      { ...sample, scenarios: [{ id: 'sc', choices: ['s1', 's2', 's3', 's4'], maxSteps: 4 }] },
    ];
    for (const other of others) {
      expect(layoutFingerprint(other)).not.toBe(layoutFingerprint(sample));
      expect(decodeLearnerState(text, other)).toBeUndefined();
    }

    let decodedEdits = 0;
    for (let i = 7; i < text.length; i++) {
      for (const c of ALPHABET) {
        if (c === text[i]) continue;
        const edited = text.slice(0, i) + c + text.slice(i + 1);
        if (decodeLearnerState(edited, sample) !== undefined) decodedEdits++;
      }
    }
    // A 6-bit check lets about 1 edit in 64 through; most edits must be refused.
    expect(decodedEdits).toBeLessThan(((text.length - 7) * 63) / 16);
  });

  test('an empty layout still round-trips', () => {
    const layout: SuspendLayout = { pages: [], questions: [], checklists: [], banks: [], scenarios: [] };
    const text = encodeLearnerState({ page: '', visited: [], answers: {}, submitted: true }, layout);
    expect(decodeLearnerState(text, layout)).toEqual({ page: '', visited: [], answers: {}, submitted: true });
  });
});
