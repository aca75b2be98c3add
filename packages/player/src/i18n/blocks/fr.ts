/** French UI strings of the blocks add-on (media, resources, checklist, tool sheet, quote): the reference catalogue. Every other language has exactly these keys. */
export const fr = {
  transcript: 'Transcription',
  mediaFallback:
    'Votre navigateur ne peut pas lire ce média ; la transcription ci-dessous en donne le contenu.',
  fileSize: '{format}, {size}',
  sizeKB: '{size} Ko',
  sizeMB: '{size} Mo',
  externalSite: 'site externe',
  newTab: '(ouvre un nouvel onglet)',
  checklistDone: '{done} sur {total} coché(s)',
  printSheet: 'Imprimer la fiche',
  testimony: 'Témoignage',
  quote: 'Citation',
  source: 'Source : {source}',
  variableChosen: 'Choix enregistré : {value}. La suite du module suit ce choix.',
  copySheetLink: 'Copier le lien vers la fiche',
  sheetLinkCopied: 'Lien copié : {url}',
  sheetLink: 'Lien vers la fiche',
} as const;
