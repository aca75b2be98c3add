/** French UI strings of the reading and search add-ons (addon-reading.ts, addon-search.ts): the reference. */
export const fr = {
  readingTools: 'Outils de lecture',
  search: 'Rechercher',
  printPage: 'Imprimer cette page',
  searchUnavailable: 'La recherche n’a pas pu se charger.',
  searchLoading: 'Chargement de la recherche…',
  searchRegion: 'Recherche dans toutes les pages',
  searchLabel: 'Mot ou expression à chercher',
  searchButton: 'Chercher',
  resultsOne: '1 page contient « {query} ».',
  resultsMany: '{count} pages contiennent « {query} ».',
  resultsNone: 'Aucune page ne contient « {query} ». Essayez un autre mot.',
  resultsList: 'Résultats de la recherche',
} as const;
