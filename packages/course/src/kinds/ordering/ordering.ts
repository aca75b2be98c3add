// Put the items in order (listed in the correct order; shown shuffled); right only when the whole order is.
import schema from './ordering.schema.json' with { type: 'json' };
import { isObj, list } from '../../check-context.ts';
import { defaultChoiceId } from '../../course-defaults.ts';
import { interactionComponents } from '../../interaction-components.ts';
import { localized } from '../../localized.ts';
import { labelTexts } from '../../question-texts.ts';
import type { QuestionKindModule } from '../question-kind.ts';

export const orderingKind: QuestionKindModule<'ordering'> = {
  summary: 'Put the items in order (written in the right order, shown shuffled).',
  schema,
  scorable: true,
  ownKeys: ['items'],
  async check(ctx, q, path) {
    ctx.itemIds(q.items, [...path, 'items'], 'item', defaultChoiceId);
    for (const [i, item] of list(q.items).entries())
      if (isObj(item)) await ctx.markdownTexts([...path, 'items', i, 'label'], item.label, true);
  },
  build: (q, languages) => ({
    items: (q.items ?? []).map((it, i) => ({
      id: it.id ?? defaultChoiceId(i),
      label: localized(it.label, languages),
    })),
  }),
  compile: (q, { inline }) => ({ items: q.items.map((it) => ({ id: it.id, label: inline(it.label) })) }),
  expected: (q, { plain }) => q.items.map((item) => plain(item.label)).join(' → '),
  interaction: (q) => ({ type: 'sequencing', choices: interactionComponents(q.items) }),
  correct: (q) => [{ type: 'sequencing', order: q.items.map((i) => i.id) }],
  labelTexts: (q) => labelTexts(q.items),
  layout: (q) => ({ id: q.id, kind: 'order', options: q.items.map((it) => it.id) }),
};
