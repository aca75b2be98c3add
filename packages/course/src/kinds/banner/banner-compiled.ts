import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const bannerCompiled: CompiledBlockKind<'banner'> = { element: 'dlis-banner', addon: 'visual-a' };
