// A quote or a testimony, with its author, role and source.
import schema from './quote.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { defined, optional } from '../optional-field.ts';
import { quoteCompiled } from './quote-compiled.ts';

export const quoteKind: BlockKindModule<'quote'> = {
  ...quoteCompiled,
  summary: 'A quotation or a testimony, with its author, role and source.',
  schema,
  check(ctx, b, path) {
    for (const key of ['author', 'role', 'source']) ctx.translations([...path, key], b[key]);
    return ctx.body(path, b, 'a quote');
  },
  build: (b, id, ctx) => ({
    type: 'quote',
    id,
    kind: b.kind ?? 'quote',
    body: ctx.body(b),
    ...defined('author', ctx.opt(b.author)),
    ...defined('role', ctx.opt(b.role)),
    ...defined('source', ctx.opt(b.source)),
  }),
  compile: (b, { text, blockHtml }) => ({
    type: 'quote',
    id: b.id,
    kind: b.kind,
    html: blockHtml(b.body),
    ...optional('author', b.author, text),
    ...optional('role', b.role, text),
    ...optional('source', b.source, text),
  }),
};
