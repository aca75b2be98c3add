import type { ReadingMessages } from './reading-messages.ts';

/** German UI strings of the reading and search add-ons: exactly the keys of fr.ts. */
export const de = {
  readingTools: 'Lesewerkzeuge',
  search: 'Suchen',
  printPage: 'Diese Seite drucken',
  searchUnavailable: 'Die Suche konnte nicht geladen werden.',
  searchLoading: 'Suche wird geladen…',
  searchRegion: 'Suche in allen Seiten',
  searchLabel: 'Gesuchtes Wort oder gesuchter Ausdruck',
  searchButton: 'Finden',
  resultsOne: '1 Seite enthält „{query}“.',
  resultsMany: '{count} Seiten enthalten „{query}“.',
  resultsNone: 'Keine Seite enthält „{query}“. Versuchen Sie ein anderes Wort.',
  resultsList: 'Suchergebnisse',
} as const satisfies ReadingMessages;
