import { describe, expect, test } from 'vitest';
import {
  formatPlainDecimal,
  interactionOptions,
  matchingSources,
} from '../../src/adapters/interaction-options.ts';
import { everyType, layout, rightAnswer } from '../support/fixtures.ts';

describe('interaction options', () => {
  test('options come from the question, or from the scenario of a decision id', () => {
    expect(interactionOptions(layout, 'q-order')).toEqual(['lock', 'report', 'change']);
    expect(interactionOptions(layout, 'q-match')).toEqual(['report', 'delete', 'ignore']);
    expect(interactionOptions(layout, 'q-word')).toBeUndefined();
    expect(interactionOptions(layout, 'sc-call.2.3')).toEqual(['hang-up', 'give-code', 'call-bank', 'ask']);
    expect(interactionOptions(layout, 'sc-call')).toBeUndefined();
    expect(interactionOptions(layout, 'unknown')).toBeUndefined();
  });

  test('matching sources: the correct pattern order first, then sources only the response names', () => {
    const matching = everyType.find((i) => i.type === 'matching')!;
    expect(matchingSources(matching)).toEqual(['phishing', 'spam']);
    expect(
      matchingSources({
        ...matching,
        response: { type: 'matching', pairs: [['extra', 'report']] },
        correctResponses: [
          {
            type: 'matching',
            pairs: [
              ['b', 'x'],
              ['a', 'y'],
            ],
          },
        ],
      }),
    ).toEqual(['b', 'a', 'extra']);
    expect(matchingSources(rightAnswer)).toEqual([]);
  });

  test('plain decimals never use an exponent', () => {
    expect(formatPlainDecimal(12.5)).toBe('12.5');
    expect(formatPlainDecimal(-0.000001)).toBe('-0.000001');
    expect(formatPlainDecimal(1.5e-12)).toBe('0.0000000000015');
    expect(formatPlainDecimal(1e-19)).toBe('0');
    expect(formatPlainDecimal(1e21)).toBeUndefined();
    expect(formatPlainDecimal(Number.NaN)).toBeUndefined();
  });
});
