import type { VisualAMessages } from './visual-a-messages.ts';

/** German UI strings of the visual-a add-on: exactly the keys of fr.ts. */
export const de = {
  flashcardsLabel: 'Lernkarten',
  flashcardsHelp:
    'Drehen Sie jede Karte um, um die Rückseite zu sehen: Klicken Sie darauf oder nutzen Sie die Schaltfläche „Karte umdrehen“.',
  flashcardFlip: 'Karte umdrehen',
  flashcardPosition: '{n} von {total}',
  flashcardFront: 'Vorderseite',
  flashcardShown: '{side}:',
  flashcardBack: 'Rückseite',
} satisfies VisualAMessages;
