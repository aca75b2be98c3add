import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const processCompiled: CompiledBlockKind<'process'> = { element: 'dlis-process', addon: 'visual-b' };
