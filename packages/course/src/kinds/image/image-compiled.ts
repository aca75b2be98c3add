import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const imageCompiled: CompiledBlockKind<'image'> = { element: 'dlis-image', addon: 'blocks' };
