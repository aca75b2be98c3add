// Text of the page: Markdown from a file (one per language) or inline, rendered to sanitised HTML.
import type { BlockKindModule } from '../block-kind.ts';
import { markdownCompiled } from './markdown-compiled.ts';

export const markdownKind: BlockKindModule<'markdown'> = {
  ...markdownCompiled,
  check: (ctx, b, path) => ctx.body(path, b, 'a markdown block'),
  build: (b, id, ctx) => ({ type: 'markdown', id, body: ctx.body(b) }),
  compile: (b, { blockHtml }) => ({ type: 'markdown', id: b.id, html: blockHtml(b.body) }),
};
