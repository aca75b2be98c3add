import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const quoteCompiled: CompiledBlockKind<'quote'> = { element: 'dlis-quote', addon: 'blocks' };
