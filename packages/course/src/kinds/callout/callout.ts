// A highlighted box (info, tip, warning, important) with an optional title.
import schema from './callout.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { calloutCompiled } from './callout-compiled.ts';
import { defined, optional } from '../optional-field.ts';

export const calloutKind: BlockKindModule<'callout'> = {
  ...calloutCompiled,
  summary: 'A highlighted box (info, tip, warning, important) with an optional title.',
  schema,
  check(ctx, b, path) {
    ctx.translations([...path, 'title'], b.title);
    return ctx.body(path, b, 'a callout block');
  },
  build: (b, id, ctx) => ({
    type: 'callout',
    id,
    variant: b.variant,
    ...defined('title', ctx.opt(b.title)),
    body: ctx.body(b),
  }),
  compile: (b, { text, blockHtml }) => ({
    type: 'callout',
    id: b.id,
    variant: b.variant,
    ...optional('title', b.title, text),
    html: blockHtml(b.body),
  }),
};
