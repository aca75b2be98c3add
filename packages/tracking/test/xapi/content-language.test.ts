import { describe, expect, it } from 'vitest';
import { contentLanguage } from '../../src/xapi/content-language.ts';

describe('contentLanguage: the player rule for the first statements', () => {
  const course = { defaultLanguage: 'fr', languages: ['fr', 'en', 'pt-BR'] };

  it('the learner preference wins, then the browser, then the default', () => {
    expect(contentLanguage(course, 'en', ['pt-BR'])).toBe('en');
    expect(contentLanguage(course, undefined, ['de', 'en-GB'])).toBe('en');
    expect(contentLanguage(course, 'de', ['it'])).toBe('fr');
  });

  it('matches exact tags case-insensitively, else on the primary subtag', () => {
    expect(contentLanguage(course, 'PT-br', [])).toBe('pt-BR');
    expect(contentLanguage(course, 'pt-PT', [])).toBe('pt-BR');
  });

  it('a course without a language list has its default only', () => {
    expect(contentLanguage({ defaultLanguage: 'ro' }, 'en', ['en'])).toBe('ro');
  });
});
