import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const glossaryCompiled: CompiledBlockKind<'glossary'> = { element: 'dlis-glossary', addon: 'blocks' };
