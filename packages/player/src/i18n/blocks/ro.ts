import type { BlocksMessages } from './blocks-messages.ts';

/** Romanian UI strings of the blocks add-on (media, resources, checklist, tool sheet, quote): exactly the keys of fr.ts. */
export const ro = {
  transcript: 'Transcriere',
  mediaFallback:
    'Browserul dumneavoastră nu poate reda acest fișier; transcrierea de mai jos îi redă conținutul.',
  fileSize: '{format}, {size}',
  sizeKB: '{size} KB',
  sizeMB: '{size} MB',
  externalSite: 'site extern',
  newTab: '(se deschide într-o filă nouă)',
  checklistDone: '{done} din {total} bifate',
  printSheet: 'Tipărește fișa',
  testimony: 'Mărturie',
  quote: 'Citat',
  source: 'Sursa: {source}',
  variableChosen: 'Alegere salvată: {value}. Restul modulului urmează această alegere.',
  copySheetLink: 'Copiază linkul către fișă',
  sheetLinkCopied: 'Link copiat: {url}',
  sheetLink: 'Link către fișă',
  calloutInfo: 'Informație',
  calloutTip: 'Sfat',
  calloutWarning: 'Atenție',
  calloutImportant: 'Important',
  glossarySee: 'Vezi în glosar',
  definitionOf: 'Definiție: {term}',
} satisfies BlocksMessages;
