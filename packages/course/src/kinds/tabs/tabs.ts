// Tabs (an accessible tab list): a label for the list, a title and a Markdown body per tab.
import schema from './tabs.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { checkTitledBodies } from '../titled-bodies.ts';
import { tabsCompiled } from './tabs-compiled.ts';

const position = (i: number) => String(i + 1);

export const tabsKind: BlockKindModule<'tabs'> = {
  ...tabsCompiled,
  summary: 'Panels shown one at a time behind tabs, each with a title and a body.',
  schema,
  check(ctx, b, path) {
    ctx.translations([...path, 'label'], b.label);
    return checkTitledBodies(ctx, b.tabs, [...path, 'tabs'], 'tab');
  },
  build: (b, id, ctx) => ({
    type: 'tabs',
    id,
    label: ctx.loc(b.label),
    tabs: b.tabs.map((t, i) => ({ id: t.id ?? position(i), title: ctx.loc(t.title), body: ctx.body(t) })),
  }),
  compile: (b, { text, blockHtml }) => ({
    type: 'tabs',
    id: b.id,
    label: text(b.label),
    tabs: b.tabs.map((t) => ({ id: t.id, title: text(t.title), html: blockHtml(t.body) })),
  }),
};
