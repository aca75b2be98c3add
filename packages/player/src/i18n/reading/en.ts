import type { ReadingMessages } from './reading-messages.ts';

/** English UI strings of the reading and search add-ons: exactly the keys of fr.ts. */
export const en = {
  readingTools: 'Reading tools',
  search: 'Search',
  printPage: 'Print this page',
  searchUnavailable: 'Search could not be loaded.',
  searchLoading: 'Loading search…',
  searchRegion: 'Search all pages',
  searchLabel: 'Word or phrase to find',
  searchButton: 'Find',
  resultsOne: '1 page contains “{query}”.',
  resultsMany: '{count} pages contain “{query}”.',
  resultsNone: 'No page contains “{query}”. Try another word.',
  resultsList: 'Search results',
} as const satisfies ReadingMessages;
