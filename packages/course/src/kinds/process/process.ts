// A process (or timeline): ordered steps, each a title and a Markdown body, shown one at a time.
import schema from './process.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { optional, defined } from '../optional-field.ts';
import { checkTitledBodies } from '../titled-bodies.ts';
import { processCompiled } from './process-compiled.ts';

const position = (i: number) => String(i + 1);

export const processKind: BlockKindModule<'process'> = {
  ...processCompiled,
  summary: 'Steps shown one at a time (Previous/Next, "Step 2 of 5"), all shown when printed or on request.',
  schema,
  check(ctx, b, path) {
    ctx.translations([...path, 'title'], b.title);
    return checkTitledBodies(ctx, b.steps, [...path, 'steps'], 'step');
  },
  build: (b, id, ctx) => ({
    type: 'process',
    id,
    ...defined('title', ctx.opt(b.title)),
    steps: b.steps.map((s, i) => ({ id: s.id ?? position(i), title: ctx.loc(s.title), body: ctx.body(s) })),
  }),
  compile: (b, { text, blockHtml }) => ({
    type: 'process',
    id: b.id,
    ...optional('title', b.title, text),
    steps: b.steps.map((s) => ({ id: s.id, title: text(s.title), html: blockHtml(s.body) })),
  }),
};
