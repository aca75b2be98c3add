// Key figures: a value (display text), a label and an optional source each.
import schema from './key-figures.schema.json' with { type: 'json' };
import { isObj, list } from '../../check-context.ts';
import type { BlockKindModule } from '../block-kind.ts';
import { defined, optional } from '../optional-field.ts';
import { keyFiguresCompiled } from './key-figures-compiled.ts';

const position = (i: number) => String(i + 1);

export const keyFiguresKind: BlockKindModule<'key-figures'> = {
  ...keyFiguresCompiled,
  summary: 'A few figures, each with a label and an optional source.',
  schema,
  check(ctx, b, path) {
    ctx.translations([...path, 'title'], b.title);
    ctx.itemIds(b.figures, [...path, 'figures'], 'figure');
    for (const [i, f] of list(b.figures).entries()) {
      if (!isObj(f)) continue;
      for (const key of ['value', 'label', 'source']) ctx.translations([...path, 'figures', i, key], f[key]);
    }
  },
  build: (b, id, ctx) => ({
    type: 'key-figures',
    id,
    ...defined('title', ctx.opt(b.title)),
    figures: b.figures.map((f, i) => ({
      id: f.id ?? position(i),
      value: ctx.loc(f.value),
      label: ctx.loc(f.label),
      ...defined('source', ctx.opt(f.source)),
    })),
  }),
  compile: (b, { text }) => ({
    type: 'key-figures',
    id: b.id,
    ...optional('title', b.title, text),
    figures: b.figures.map((f) => ({
      id: f.id,
      value: text(f.value),
      label: text(f.label),
      ...optional('source', f.source, text),
    })),
  }),
};
