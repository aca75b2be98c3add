import { describe, expect, test } from 'vitest';
import { chooseLanguage } from '@dlis/tracking';

describe('chooseLanguage', () => {
  const available = ['fr', 'en', 'pt-BR'];

  test('the LMS learner preference comes first', () => {
    expect(chooseLanguage(available, 'fr', { learner: 'en', browser: ['fr-FR'] })).toBe('en');
  });

  test('then the browser languages in order, matching primary subtags', () => {
    expect(chooseLanguage(available, 'fr', { browser: ['de-DE', 'en-GB', 'fr'] })).toBe('en');
    expect(chooseLanguage(available, 'fr', { learner: 'it', browser: ['EN_us'] })).toBe('en');
    expect(chooseLanguage(available, 'fr', { browser: ['pt'] })).toBe('pt-BR');
  });

  test('an exact tag wins over a primary-subtag match', () => {
    expect(chooseLanguage(['pt-PT', 'pt-BR'], 'pt-PT', { browser: ['pt-BR'] })).toBe('pt-BR');
  });

  test('then the course default', () => {
    expect(chooseLanguage(available, 'fr', { learner: '', browser: ['de', 'el'] })).toBe('fr');
    expect(chooseLanguage(available, 'fr', {})).toBe('fr');
  });
});
