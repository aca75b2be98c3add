import type { BlocksMessages } from './blocks-messages.ts';

/** Greek UI strings of the blocks add-on (media, resources, checklist, tool sheet, quote): exactly the keys of fr.ts. */
export const el = {
  transcript: 'Απομαγνητοφώνηση',
  mediaFallback:
    'Το πρόγραμμα περιήγησης δεν μπορεί να αναπαραγάγει αυτό το αρχείο· η απομαγνητοφώνηση παρακάτω δίνει το περιεχόμενό του.',
  fileSize: '{format}, {size}',
  sizeKB: '{size} KB',
  sizeMB: '{size} MB',
  externalSite: 'εξωτερικός ιστότοπος',
  newTab: '(ανοίγει σε νέα καρτέλα)',
  checklistDone: '{done} από {total} σημειωμένα',
  printSheet: 'Εκτύπωση του φύλλου',
  testimony: 'Μαρτυρία',
  quote: 'Απόσπασμα',
  source: 'Πηγή: {source}',
  variableChosen: 'Η επιλογή αποθηκεύτηκε: {value}. Η συνέχεια της ενότητας ακολουθεί αυτή την επιλογή.',
  copySheetLink: 'Αντιγραφή συνδέσμου προς το φύλλο',
  sheetLinkCopied: 'Ο σύνδεσμος αντιγράφηκε: {url}',
  sheetLink: 'Σύνδεσμος προς το φύλλο',
  calloutInfo: 'Πληροφορία',
  calloutTip: 'Συμβουλή',
  calloutWarning: 'Προσοχή',
  calloutImportant: 'Σημαντικό',
  glossarySee: 'Δείτε στο γλωσσάριο',
  definitionOf: 'Ορισμός: {term}',
} satisfies BlocksMessages;
