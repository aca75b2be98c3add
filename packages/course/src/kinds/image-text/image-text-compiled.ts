import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const imageTextCompiled: CompiledBlockKind<'image-text'> = {
  element: 'dlis-image-text',
  addon: 'visual-a',
};
