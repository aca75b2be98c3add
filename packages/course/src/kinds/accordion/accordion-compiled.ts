import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const accordionCompiled: CompiledBlockKind<'accordion'> = {
  element: 'dlis-accordion',
  addon: 'blocks',
};
