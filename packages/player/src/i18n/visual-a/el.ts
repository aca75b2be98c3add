import type { VisualAMessages } from './visual-a-messages.ts';

/** Greek UI strings of the visual-a add-on: exactly the keys of fr.ts. */
export const el = {
  flashcardsLabel: 'Κάρτες εκμάθησης',
  flashcardsHelp:
    'Γυρίστε κάθε κάρτα για να δείτε την πίσω όψη: κάντε κλικ πάνω της ή χρησιμοποιήστε το κουμπί «Γυρίστε την κάρτα».',
  flashcardFlip: 'Γυρίστε την κάρτα',
  flashcardPosition: '{n} από {total}',
  flashcardFront: 'Μπροστινή όψη',
  flashcardShown: '{side}:',
  flashcardBack: 'Πίσω όψη',
} satisfies VisualAMessages;
