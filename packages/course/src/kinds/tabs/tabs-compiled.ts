import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const tabsCompiled: CompiledBlockKind<'tabs'> = { element: 'dlis-tabs', addon: 'blocks' };
