import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const keyFiguresCompiled: CompiledBlockKind<'key-figures'> = {
  element: 'dlis-key-figures',
  addon: 'blocks',
};
