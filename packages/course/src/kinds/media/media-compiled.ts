import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const mediaCompiled: CompiledBlockKind<'media'> = { element: 'dlis-media', addon: 'blocks' };
