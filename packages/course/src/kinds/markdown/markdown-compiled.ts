import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const markdownCompiled: CompiledBlockKind<'markdown'> = { element: 'dlis-markdown', addon: 'core' };
