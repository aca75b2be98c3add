import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const labelledGraphicCompiled: CompiledBlockKind<'labelled-graphic'> = {
  element: 'dlis-labelled-graphic',
  addon: 'visual-b',
};
