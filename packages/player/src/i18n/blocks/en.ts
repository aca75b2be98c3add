import type { BlocksMessages } from './blocks-messages.ts';

/** English UI strings of the blocks add-on (media, resources, checklist, tool sheet, quote): exactly the keys of fr.ts. */
export const en = {
  transcript: 'Transcript',
  mediaFallback: 'Your browser cannot play this media; the transcript below gives its content.',
  fileSize: '{format}, {size}',
  sizeKB: '{size} KB',
  sizeMB: '{size} MB',
  externalSite: 'external site',
  newTab: '(opens in a new tab)',
  checklistDone: '{done} of {total} ticked',
  printSheet: 'Print this sheet',
  testimony: 'Testimony',
  quote: 'Quote',
  source: 'Source: {source}',
  variableChosen: 'Choice saved: {value}. The rest of the module follows this choice.',
  copySheetLink: 'Copy link to this sheet',
  sheetLinkCopied: 'Link copied: {url}',
  sheetLink: 'Link to this sheet',
  calloutInfo: 'Information',
  calloutTip: 'Tip',
  calloutWarning: 'Warning',
  calloutImportant: 'Important',
  glossarySee: 'See in the glossary',
  definitionOf: 'Definition: {term}',
} satisfies BlocksMessages;
