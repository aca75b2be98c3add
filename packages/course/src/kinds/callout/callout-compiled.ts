import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const calloutCompiled: CompiledBlockKind<'callout'> = { element: 'dlis-callout', addon: 'blocks' };
