/** French UI strings of the visual-a add-on (image-text, banner, flashcards): the reference catalogue. Every other language has exactly these keys. */
export const fr = {
  flashcardsLabel: 'Cartes à retourner',
  flashcardsHelp:
    'Retournez chaque carte pour voir le verso : cliquez dessus, ou utilisez le bouton « Retourner la carte ».',
  flashcardFlip: 'Retourner la carte',
  flashcardPosition: '{n} sur {total}',
  flashcardFront: 'Recto',
  flashcardShown: '{side} :',
  flashcardBack: 'Verso',
};
