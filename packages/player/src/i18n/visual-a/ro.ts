import type { VisualAMessages } from './visual-a-messages.ts';

/** Romanian UI strings of the visual-a add-on: exactly the keys of fr.ts. */
export const ro = {
  flashcardsLabel: 'Cartonașe',
  flashcardsHelp:
    'Întoarceți fiecare cartonaș pentru a vedea verso: faceți clic pe el sau folosiți butonul „Întoarceți cartonașul”.',
  flashcardFlip: 'Întoarceți cartonașul',
  flashcardPosition: '{n} din {total}',
  flashcardFront: 'Față',
  flashcardShown: '{side}:',
  flashcardBack: 'Verso',
} satisfies VisualAMessages;
