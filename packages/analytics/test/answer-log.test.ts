import { expect, test } from 'vitest';
import { AnswerLog } from '../src/answer-log.ts';

test('AnswerLog grows past its capacity and packs item, response and time exactly up to their limits', () => {
  const log = new AnswerLog(2);
  const entries = [
    [0, 0, 0],
    [2 ** 21 - 1, 2 ** 32 - 1, Date.UTC(2026, 2, 1, 12, 0, 0, 123)],
    [7, 3, -1],
    [12, 40_000, 8.64e15],
    [1, 1, 1],
  ] as const;
  for (const [item, response, time] of entries) log.push(item, response, time);
  expect(log.length).toBe(5);
  expect(entries.map((_, i) => [log.item(i), log.response(i), log.time(i)])).toEqual(entries);
});
