import { describe, expect, test } from 'vitest';
import { formatScorm12Duration } from '../src/index.ts';
import { seededRandom } from './support/seeded-random.ts';

/** SCORM 1.2 CMITimespan as Moodle validates it (hours 2-4 digits), stricter than scorm-again's `[0-9]+`. */
const MOODLE_TIMESPAN = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/;

function parse(text: string): number {
  const [h, m, s] = text.split(':').map(Number) as [number, number, number];
  return ((h * 60 + m) * 60 + s) * 1000;
}

describe('formatScorm12Duration', () => {
  test('edge cases', () => {
    expect(formatScorm12Duration(0)).toBe('00:00:00.00');
    expect(formatScorm12Duration(59_999)).toBe('00:01:00.00');
    expect(formatScorm12Duration(59_994)).toBe('00:00:59.99');
    expect(formatScorm12Duration(5)).toBe('00:00:00.01');
    expect(formatScorm12Duration(3_723_450)).toBe('01:02:03.45');
    expect(formatScorm12Duration(100 * 3_600_000)).toBe('100:00:00.00');
    expect(formatScorm12Duration(1234 * 3_600_000 + 61_000)).toBe('1234:01:01.00');
    expect(formatScorm12Duration(20_000 * 3_600_000)).toBe('9999:59:59.99');
    expect(formatScorm12Duration(-5)).toBe('00:00:00.00');
    expect(formatScorm12Duration(Number.NaN)).toBe('00:00:00.00');
  });

  test('many values: valid CMITimespan, minutes and seconds below 60, within 5 ms of the input', () => {
    const random = seededRandom(12);
    for (let i = 0; i < 5000; i++) {
      const scale = [1_000, 60_000, 3_600_000, 360_000_000, 3_600_000_000][i % 5]!;
      const ms = random() * scale;
      const text = formatScorm12Duration(ms);
      const match = MOODLE_TIMESPAN.exec(text);
      expect(match, text).not.toBeNull();
      expect(Number(match![2])).toBeLessThan(60);
      expect(Number(match![3])).toBeLessThan(60);
      expect(Math.abs(parse(text) - ms)).toBeLessThanOrEqual(5);
    }
  });
});
