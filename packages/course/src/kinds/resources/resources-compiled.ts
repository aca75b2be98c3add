import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const resourcesCompiled: CompiledBlockKind<'resources'> = {
  element: 'dlis-resources',
  addon: 'blocks',
};
