import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const checklistCompiled: CompiledBlockKind<'checklist'> = {
  element: 'dlis-checklist',
  addon: 'blocks',
  layout: (b) => ({ checklists: [{ id: b.id, items: b.items.map((it) => it.id) }] }),
};
