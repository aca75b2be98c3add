// A printable "fiche-outil": a self-contained sheet with a print button, printed on one page.
import schema from './tool-sheet.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { toolSheetCompiled } from './tool-sheet-compiled.ts';

export const toolSheetKind: BlockKindModule<'tool-sheet'> = {
  ...toolSheetCompiled,
  summary: 'A self-contained sheet (fiche-outil) with a print button, printed on one page.',
  schema,
  check(ctx, b, path) {
    ctx.translations([...path, 'title'], b.title);
    return ctx.body(path, b, 'a tool sheet');
  },
  build: (b, id, ctx) => ({ type: 'tool-sheet', id, title: ctx.loc(b.title), body: ctx.body(b) }),
  compile: (b, { text, blockHtml }) => ({
    type: 'tool-sheet',
    id: b.id,
    title: text(b.title),
    html: blockHtml(b.body),
  }),
};
