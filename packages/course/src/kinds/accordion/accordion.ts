// Sections the learner opens one by one (title + Markdown body each).
import schema from './accordion.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { checkTitledBodies } from '../titled-bodies.ts';
import { accordionCompiled } from './accordion-compiled.ts';

const position = (i: number) => String(i + 1);

export const accordionKind: BlockKindModule<'accordion'> = {
  ...accordionCompiled,
  summary: 'Sections that open one by one, each with a title and a body.',
  schema,
  check: (ctx, b, path) => checkTitledBodies(ctx, b.items, [...path, 'items'], 'section'),
  build: (b, id, ctx) => ({
    type: 'accordion',
    id,
    items: b.items.map((it, i) => ({
      id: it.id ?? position(i),
      title: ctx.loc(it.title),
      body: ctx.body(it),
    })),
  }),
  compile: (b, { text, blockHtml }) => ({
    type: 'accordion',
    id: b.id,
    items: b.items.map((it) => ({ id: it.id, title: text(it.title), html: blockHtml(it.body) })),
  }),
};
