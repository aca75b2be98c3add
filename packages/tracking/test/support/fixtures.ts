import type { InteractionRecord, LearnerState, SuspendLayout, TrackerStatus } from '../../src/index.ts';

export const layout: SuspendLayout = {
  pages: ['intro', 'basics', 'quiz', 'result'],
  questions: [
    { id: 'q-safe-password', choices: ['long', 'short', 'birthday'] },
    { id: 'q-phishing', choices: ['true', 'false'] },
  ],
};

export const rightAnswer: InteractionRecord = {
  id: 'q-safe-password',
  type: 'choice',
  description: 'Which password is safest?',
  response: ['long'],
  correctResponse: ['long'],
  result: 'correct',
  weighting: 1,
  latencyMs: 12_340,
  timestamp: new Date(Date.UTC(2026, 10, 28, 10, 0, 0, 0)),
};

export const wrongAnswer: InteractionRecord = {
  id: 'q-phishing',
  type: 'true-false',
  description: 'A bank asks for your PIN by e-mail: is it safe to answer?',
  response: ['true'],
  correctResponse: ['false'],
  result: 'incorrect',
  weighting: 1,
  latencyMs: 4_000,
  timestamp: new Date(Date.UTC(2026, 10, 28, 10, 1, 0, 0)),
};

export const stateAfterQuiz: LearnerState = {
  page: 'result',
  visited: ['intro', 'basics', 'quiz', 'result'],
  answers: {
    'q-safe-password': { response: ['long'], attempts: 1 },
    'q-phishing': { response: ['true'], attempts: 1 },
  },
  submitted: true,
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
