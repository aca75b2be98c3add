import type { ReadingMessages } from './reading-messages.ts';

/** Greek UI strings of the reading and search add-ons: exactly the keys of fr.ts. */
export const el = {
  readingTools: 'Εργαλεία ανάγνωσης',
  search: 'Αναζήτηση',
  printPage: 'Εκτύπωση αυτής της σελίδας',
  searchUnavailable: 'Δεν ήταν δυνατή η φόρτωση της αναζήτησης.',
  searchLoading: 'Φόρτωση αναζήτησης…',
  searchRegion: 'Αναζήτηση σε όλες τις σελίδες',
  searchLabel: 'Λέξη ή φράση για αναζήτηση',
  searchButton: 'Εύρεση',
  resultsOne: '1 σελίδα περιέχει «{query}».',
  resultsMany: '{count} σελίδες περιέχουν «{query}».',
  resultsNone: 'Καμία σελίδα δεν περιέχει «{query}». Δοκιμάστε άλλη λέξη.',
  resultsList: 'Αποτελέσματα αναζήτησης',
} as const satisfies ReadingMessages;
