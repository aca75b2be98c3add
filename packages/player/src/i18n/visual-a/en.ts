import type { VisualAMessages } from './visual-a-messages.ts';

/** English UI strings of the visual-a add-on (built into the add-on): exactly the keys of fr.ts. */
export const en = {
  flashcardsLabel: 'Flashcards',
  flashcardsHelp: 'Flip each card to see its back: click it, or use the “Flip the card” button.',
  flashcardFlip: 'Flip the card',
  flashcardPosition: '{n} of {total}',
  flashcardFront: 'Front',
  flashcardShown: '{side}:',
  flashcardBack: 'Back',
} satisfies VisualAMessages;
