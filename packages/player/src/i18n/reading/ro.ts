import type { ReadingMessages } from './reading-messages.ts';

/** Romanian UI strings of the reading and search add-ons: exactly the keys of fr.ts. */
export const ro = {
  readingTools: 'Instrumente de lectură',
  search: 'Caută',
  printPage: 'Tipărește această pagină',
  searchUnavailable: 'Căutarea nu a putut fi încărcată.',
  searchLoading: 'Se încarcă căutarea…',
  searchRegion: 'Căutare în toate paginile',
  searchLabel: 'Cuvânt sau expresie de căutat',
  searchButton: 'Găsește',
  resultsOne: '1 pagină conține „{query}”.',
  resultsMany: '{count} pagini conțin „{query}”.',
  resultsNone: 'Nicio pagină nu conține „{query}”. Încercați alt cuvânt.',
  resultsList: 'Rezultatele căutării',
} as const satisfies ReadingMessages;
