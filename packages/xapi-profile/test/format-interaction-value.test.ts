import { describe, expect, it } from 'vitest';
import { formatInteractionValue } from '@dlis/xapi-profile';

describe('formatInteractionValue (xAPI response patterns)', () => {
  it('writes each type in xAPI syntax', () => {
    expect(formatInteractionValue({ type: 'choice', choices: ['sender', 'link'] })).toBe('sender[,]link');
    expect(formatInteractionValue({ type: 'true-false', value: false })).toBe('false');
    expect(
      formatInteractionValue({
        type: 'matching',
        pairs: [
          ['phishing', 'report'],
          ['spam', 'delete'],
        ],
      }),
    ).toBe('phishing[.]report[,]spam[.]delete');
    expect(formatInteractionValue({ type: 'sequencing', order: ['lock', 'report'] })).toBe('lock[,]report');
    expect(formatInteractionValue({ type: 'numeric', value: 27.5 })).toBe('27.5');
    expect(formatInteractionValue({ type: 'numeric-range', min: 25, max: 30 }, true)).toBe('25[:]30');
    expect(formatInteractionValue({ type: 'numeric-range', max: 4 }, true)).toBe('[:]4');
    expect(formatInteractionValue({ type: 'likert', choice: 'medium' })).toBe('medium');
  });

  it('adds case and language to fill-in patterns only', () => {
    const value = { type: 'fill-in', text: 'phishing', caseMatters: true, lang: 'en' } as const;
    expect(formatInteractionValue(value, true)).toBe('{case_matters=true}{lang=en}phishing');
    expect(formatInteractionValue(value)).toBe('phishing');
    expect(formatInteractionValue({ type: 'fill-in', text: 'hameçonnage', lang: 'fr' }, true)).toBe(
      '{lang=fr}hameçonnage',
    );
  });
});
