import type { BlocksMessages } from './blocks-messages.ts';

/** German UI strings of the blocks add-on (media, resources, checklist, tool sheet, quote): exactly the keys of fr.ts. */
export const de = {
  transcript: 'Transkript',
  mediaFallback:
    'Ihr Browser kann dieses Medium nicht abspielen; das Transkript unten gibt den Inhalt wieder.',
  fileSize: '{format}, {size}',
  sizeKB: '{size} KB',
  sizeMB: '{size} MB',
  externalSite: 'externe Website',
  newTab: '(öffnet in einem neuen Tab)',
  checklistDone: '{done} von {total} abgehakt',
  printSheet: 'Dieses Blatt drucken',
  testimony: 'Erfahrungsbericht',
  quote: 'Zitat',
  source: 'Quelle: {source}',
  variableChosen: 'Auswahl gespeichert: {value}. Der Rest des Moduls folgt dieser Auswahl.',
  copySheetLink: 'Link zu diesem Blatt kopieren',
  sheetLinkCopied: 'Link kopiert: {url}',
  sheetLink: 'Link zu diesem Blatt',
  calloutInfo: 'Information',
  calloutTip: 'Tipp',
  calloutWarning: 'Achtung',
  calloutImportant: 'Wichtig',
  glossarySee: 'Im Glossar ansehen',
  definitionOf: 'Definition: {term}',
} satisfies BlocksMessages;
