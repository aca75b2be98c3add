// Cards to flip: a short inline-Markdown text on each side (key terms and what they mean).
import { isObj, list } from '../../check-context.ts';
import schema from './flashcards.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { defined, optional } from '../optional-field.ts';
import { flashcardsCompiled } from './flashcards-compiled.ts';

const position = (i: number) => String(i + 1);

export const flashcardsKind: BlockKindModule<'flashcards'> = {
  ...flashcardsCompiled,
  summary:
    'Cards the learner flips (click, Enter or Space): a term and its meaning, a question and its answer; both sides printed.',
  schema,
  async check(ctx, b, path) {
    ctx.translations([...path, 'title'], b.title);
    ctx.itemIds(b.cards, [...path, 'cards'], 'card');
    for (const [i, card] of list(b.cards).entries()) {
      if (!isObj(card)) continue;
      for (const side of ['front', 'back'])
        await ctx.markdownTexts([...path, 'cards', i, side], card[side], true);
    }
  },
  build: (b, id, ctx) => ({
    type: 'flashcards',
    id,
    ...defined('title', ctx.opt(b.title)),
    cards: b.cards.map((card, i) => ({
      id: card.id ?? position(i),
      front: ctx.loc(card.front),
      back: ctx.loc(card.back),
    })),
  }),
  compile: (b, { text, inline }) => ({
    type: 'flashcards',
    id: b.id,
    ...optional('title', b.title, text),
    cards: b.cards.map((card) => ({ id: card.id, front: inline(card.front), back: inline(card.back) })),
  }),
};
