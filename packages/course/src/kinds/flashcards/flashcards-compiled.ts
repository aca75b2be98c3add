import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const flashcardsCompiled: CompiledBlockKind<'flashcards'> = {
  element: 'dlis-flashcards',
  addon: 'visual-a',
};
