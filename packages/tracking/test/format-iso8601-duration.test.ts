import { describe, expect, test } from 'vitest';
import { formatIso8601Duration } from '../src/index.ts';
import { seededRandom } from './support/seeded-random.ts';

/** SCORM 2004 timeinterval as Moodle validates it (the strictest pattern in use). */
const MOODLE_DURATION =
  /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?)|((\d+M)(\d+(\.\d{1,2})?S)?)|((\d+(\.\d{1,2})?S))))?$/;

function parse(text: string): number {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(text);
  if (!match) throw new Error(`not parsable: ${text}`);
  return ((Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 60 + Number(match[3] ?? 0)) * 1000;
}

describe('formatIso8601Duration', () => {
  test('edge cases', () => {
    expect(formatIso8601Duration(0)).toBe('PT0S');
    expect(formatIso8601Duration(-1)).toBe('PT0S');
    expect(formatIso8601Duration(Number.POSITIVE_INFINITY)).toBe('PT0S');
    expect(formatIso8601Duration(59_999)).toBe('PT1M');
    expect(formatIso8601Duration(59_990)).toBe('PT59.99S');
    expect(formatIso8601Duration(3_723_450)).toBe('PT1H2M3.45S');
    expect(formatIso8601Duration(1_500)).toBe('PT1.5S');
    expect(formatIso8601Duration(3_600_000)).toBe('PT1H');
    expect(formatIso8601Duration(100 * 3_600_000 + 7)).toBe('PT100H0.01S');
  });

  test('many values: valid timeinterval, within 5 ms of the input', () => {
    const random = seededRandom(2004);
    for (let i = 0; i < 5000; i++) {
      const scale = [1_000, 60_000, 3_600_000, 360_000_000][i % 4]!;
      const ms = random() * scale;
      const text = formatIso8601Duration(ms);
      expect(MOODLE_DURATION.test(text), text).toBe(true);
      expect(Math.abs(parse(text) - ms)).toBeLessThanOrEqual(5);
    }
  });
});
