// Text of the page: Markdown from a file (one per language) or inline, rendered to sanitised HTML.
import schema from './markdown.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { markdownCompiled } from './markdown-compiled.ts';

export const markdownKind: BlockKindModule<'markdown'> = {
  ...markdownCompiled,
  summary: 'Text written in Markdown, in a file per language or inline.',
  schema,
  check: (ctx, b, path) => ctx.body(path, b, 'a markdown block'),
  build: (b, id, ctx) => ({ type: 'markdown', id, body: ctx.body(b) }),
  compile: (b, { blockHtml }) => ({ type: 'markdown', id: b.id, html: blockHtml(b.body) }),
};
