import { describe, expect, test } from 'vitest';
import { visibleCourse } from '@dlis/course/compiled';
import { searchCourse, searchEntries } from '../../src/logic/search-course.ts';
import { conditionalCourse } from '../fixtures/conditional-course.ts';

describe('searchCourse', () => {
  test('finds only what the reader sees: a page hidden for the chosen country is not searched', () => {
    const belgium = searchEntries(visibleCourse(conditionalCourse, { country: 'be' }), 'fr');
    const france = searchEntries(visibleCourse(conditionalCourse, { country: 'fr' }), 'fr');
    expect(searchCourse(belgium, 'itsme').map((hit) => hit.pageId)).toEqual(['belgium']);
    expect(searchCourse(france, 'itsme')).toEqual([]);
    // A question shown for France only is searched for France only.
    expect(searchCourse(france, 'question france').map((hit) => hit.blockId)).toEqual(['general']);
    expect(searchCourse(france, 'france').map((hit) => hit.blockId)).toEqual(['france-only']);
    expect(searchCourse(belgium, 'question france')).toEqual([]);
  });

  test('ignores case and accents, needs every word, and cuts a snippet around the first match', () => {
    const entries = searchEntries(conditionalCourse, 'en');
    const [hit, ...rest] = searchCourse(entries, 'BELGIUM logging');
    expect(rest).toEqual([]);
    expect(hit).toEqual({
      pageId: 'belgium',
      pageTitle: 'Logging in in Belgium',
      snippet: { before: 'Logging in in ', match: 'Belgium', after: '' },
    });
    expect(searchCourse(searchEntries(conditionalCourse, 'fr'), 'genérale').map((h) => h.blockId)).toEqual([
      'general',
    ]);
    expect(searchCourse(entries, 'belgium nowhere')).toEqual([]);
    expect(searchCourse(entries, '   ')).toEqual([]);
  });
});
