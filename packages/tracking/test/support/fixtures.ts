import type { LearnerState, SuspendLayout, TrackerStatus } from '../../src/index.ts';
import { interactionOptions } from '../../src/adapters/interaction-options.ts';
import { withPatterns, type TypedAnswer } from './with-patterns.ts';

export const layout: SuspendLayout = {
  pages: ['intro', 'basics', 'quiz', 'result'],
  questions: [
    { id: 'q-safe-password', kind: 'choices', options: ['long', 'short', 'birthday'] },
    { id: 'q-phishing', kind: 'choices', options: ['true', 'false'] },
    { id: 'q-signs', kind: 'choices', options: ['sender', 'urgency', 'logo', 'link'] },
    { id: 'q-match', kind: 'match', options: ['report', 'delete', 'ignore'], sources: 2 },
    { id: 'q-order', kind: 'order', options: ['lock', 'report', 'change'] },
    { id: 'q-word', kind: 'text', maxLength: 40 },
    { id: 'q-percent', kind: 'text', maxLength: 12 },
    { id: 'q-confidence', kind: 'choices', options: ['low', 'medium', 'high'] },
  ],
  checklists: [{ id: 'ck-safety', items: ['updates', 'backup', 'mfa'] }],
  banks: ['bank-basics'],
  scenarios: [{ id: 'sc-call', choices: ['hang-up', 'give-code', 'call-bank', 'ask'], maxSteps: 4 }],
};

const at10 = (minute: number) => new Date(Date.UTC(2026, 10, 28, 10, minute, 0, 0));

/** An answer with the correct patterns the compiled course would give it (tokens from the layout). */
const answer = <T extends TypedAnswer>(typed: T) => withPatterns(typed, interactionOptions(layout, typed.id));

export const rightAnswer = answer({
  id: 'q-safe-password',
  type: 'choice',
  description: 'Which password is safest?',
  response: { type: 'choice', choices: ['long'] },
  correctResponses: [{ type: 'choice', choices: ['long'] }],
  result: 'correct',
  weighting: 1,
  latencyMs: 12_340,
  timestamp: at10(0),
});

export const wrongAnswer = answer({
  id: 'q-phishing',
  type: 'true-false',
  description: 'A bank asks for your PIN by e-mail: is it safe to answer?',
  response: { type: 'true-false', value: true },
  correctResponses: [{ type: 'true-false', value: false }],
  result: 'incorrect',
  weighting: 1,
  latencyMs: 4_000,
  timestamp: at10(1),
});

/** One answer of every other interaction type, then two decisions of a scenario run. */
export const everyType = (
  [
    {
      ...rightAnswer,
      id: 'q-signs',
      description: 'Which signs betray a phishing e-mail?',
      response: { type: 'choice', choices: ['link', 'sender'] },
      correctResponses: [{ type: 'choice', choices: ['sender', 'urgency', 'link'] }],
      result: 'incorrect',
      weighting: 2,
      latencyMs: 20_000,
      timestamp: at10(2),
    },
    {
      ...rightAnswer,
      id: 'q-match',
      type: 'matching',
      description: 'What do you do with each message?',
      response: {
        type: 'matching',
        pairs: [
          ['phishing', 'report'],
          ['spam', 'report'],
        ],
      },
      correctResponses: [
        {
          type: 'matching',
          pairs: [
            ['phishing', 'report'],
            ['spam', 'delete'],
          ],
        },
      ],
      result: 'incorrect',
      weighting: 2,
      latencyMs: 30_500,
      timestamp: at10(3),
    },
    {
      ...rightAnswer,
      id: 'q-order',
      type: 'sequencing',
      description: 'Put the steps in order.',
      response: { type: 'sequencing', order: ['report', 'lock', 'change'] },
      correctResponses: [{ type: 'sequencing', order: ['lock', 'report', 'change'] }],
      result: 'incorrect',
      weighting: 1,
      latencyMs: 9_990,
      timestamp: at10(4),
    },
    {
      ...rightAnswer,
      id: 'q-word',
      type: 'fill-in',
      description: 'The word for a fake bank e-mail?',
      response: { type: 'fill-in', text: 'Hameçonnage', lang: 'fr' },
      correctResponses: [
        { type: 'fill-in', text: 'hameçonnage', lang: 'fr' },
        { type: 'fill-in', text: 'phishing', caseMatters: true, lang: 'en' },
      ],
      result: 'correct',
      weighting: 1,
      latencyMs: 7_000,
      timestamp: at10(5),
    },
    {
      ...rightAnswer,
      id: 'q-percent',
      type: 'numeric',
      description: 'What share of adults received a scam call last year (%)?',
      response: { type: 'numeric', value: 27.5 },
      correctResponses: [{ type: 'numeric-range', min: 25, max: 30 }],
      result: 'correct',
      weighting: 1,
      latencyMs: 15_000,
      timestamp: at10(6),
    },
    {
      ...rightAnswer,
      id: 'q-confidence',
      type: 'likert',
      description: 'How confident do you feel online?',
      response: { type: 'likert', choice: 'medium' },
      correctResponses: [],
      result: 'neutral',
      weighting: 0,
      latencyMs: 3_000,
      timestamp: at10(7),
    },
    {
      ...rightAnswer,
      id: 'sc-call.1.1',
      description: 'Someone calls from "your bank" and asks for a code.',
      response: { type: 'choice', choices: ['ask'] },
      correctResponses: [],
      result: 'neutral',
      weighting: 0,
      latencyMs: 8_000,
      timestamp: at10(8),
    },
    {
      ...rightAnswer,
      id: 'sc-call.1.2',
      description: 'They insist: the code is needed now.',
      response: { type: 'choice', choices: ['hang-up'] },
      correctResponses: [],
      result: 'neutral',
      weighting: 0,
      latencyMs: 5_000,
      timestamp: at10(9),
    },
  ] satisfies TypedAnswer[]
).map(answer);

export const stateAfterQuiz: LearnerState = {
  page: 'result',
  visited: ['intro', 'basics', 'quiz', 'result'],
  answers: {
    'q-safe-password': { response: ['long'], attempts: 1 },
    'q-phishing': { response: ['true'], attempts: 1 },
  },
  submitted: true,
};

/** A state with every kind of answer, checklist ticks, a bank seed and a scenario path. */
export const richState: LearnerState = {
  page: 'quiz',
  visited: ['intro', 'basics', 'quiz'],
  answers: {
    'q-safe-password': { response: ['long'], attempts: 1 },
    'q-phishing': { response: ['true'], attempts: 2 },
    'q-signs': { response: ['sender', 'link'], attempts: 1 },
    'q-match': { response: ['report', ''], attempts: 1 },
    'q-order': { response: ['report', 'lock', 'change'], attempts: 3 },
    'q-word': { response: ['Hameçonnage 🎣'], attempts: 1 },
    'q-percent': { response: ['27.5'], attempts: 1 },
    'q-confidence': { response: ['medium'], attempts: 1 },
  },
  assessmentAttempts: 1,
  checklists: { 'ck-safety': ['updates', 'mfa'] },
  bankSeeds: { 'bank-basics': 3_141_592_653 },
  scenarios: { 'sc-call': { path: ['ask', 'hang-up'], runs: 2, bestScore: 3 } },
};

/** Collects the status news of a tracker. */
export function collect(): { statuses: TrackerStatus[]; listener: (s: TrackerStatus) => void } {
  const statuses: TrackerStatus[] = [];
  return { statuses, listener: (s) => statuses.push(s) };
}

/** Counts the calls of a method of a real object, still calling it. */
export function countCalls<T extends object>(target: T, method: keyof T & string): { count: number } {
  const counter = { count: 0 };
  const original = target[method] as unknown as (...args: unknown[]) => unknown;
  (target as Record<string, unknown>)[method] = (...args: unknown[]) => {
    counter.count++;
    return original.apply(target, args);
  };
  return counter;
}

/** Value at a dotted path of a JSON tree (`interactions.0.id`), or undefined. */
export function at(tree: unknown, path: string): unknown {
  let node = tree;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
