// A list the learner ticks; the ticks are kept in the learner state (not scored, not an interaction).
import schema from './checklist.schema.json' with { type: 'json' };
import { isObj, list } from '../../check-context.ts';
import { defaultChoiceId } from '../../course-defaults.ts';
import type { BlockKindModule } from '../block-kind.ts';
import { defined, optional } from '../optional-field.ts';
import { checklistCompiled } from './checklist-compiled.ts';

export const checklistKind: BlockKindModule<'checklist'> = {
  ...checklistCompiled,
  summary: 'Items the learner ticks; the ticks are kept with the learner state.',
  schema,
  async check(ctx, b, path) {
    ctx.translations([...path, 'title'], b.title);
    ctx.itemIds(b.items, [...path, 'items'], 'item');
    for (const [i, item] of list(b.items).entries())
      if (isObj(item)) await ctx.markdownTexts([...path, 'items', i, 'text'], item.text, true);
  },
  build: (b, id, ctx) => ({
    type: 'checklist',
    id,
    ...defined('title', ctx.opt(b.title)),
    items: b.items.map((it, i) => ({ id: it.id ?? defaultChoiceId(i), text: ctx.loc(it.text) })),
  }),
  compile: (b, { text, inline }) => ({
    type: 'checklist',
    id: b.id,
    ...optional('title', b.title, text),
    items: b.items.map((it) => ({ id: it.id, html: inline(it.text) })),
  }),
};
