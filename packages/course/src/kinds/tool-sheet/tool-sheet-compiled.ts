import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const toolSheetCompiled: CompiledBlockKind<'tool-sheet'> = {
  element: 'dlis-tool-sheet',
  addon: 'blocks',
};
