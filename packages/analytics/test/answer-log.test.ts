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

test('AnswerLog.append puts the later log after this one, growing as needed (segments of one attempt joined)', () => {
  const earlier = new AnswerLog(1);
  const later = new AnswerLog(1);
  const first = [
    [3, 1, 10],
    [4, 2, 20],
  ] as const;
  const second = [
    [3, 5, 30],
    [9, 0, 20],
    [1, 7, 40],
  ] as const;
  for (const [item, response, time] of first) earlier.push(item, response, time);
  for (const [item, response, time] of second) later.push(item, response, time);
  earlier.append(later);
  earlier.append(new AnswerLog(4));
  const all = [...first, ...second];
  expect(earlier.length).toBe(5);
  expect(all.map((_, i) => [earlier.item(i), earlier.response(i), earlier.time(i)])).toEqual(all);
  earlier.push(2, 2, 2);
  expect([earlier.item(5), earlier.response(5), earlier.time(5)]).toEqual([2, 2, 2]);
});
