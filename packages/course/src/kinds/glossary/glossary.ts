// Shows the whole course glossary (usually on its own page); the entries are the course's `glossary`.
import schema from './glossary.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { glossaryCompiled } from './glossary-compiled.ts';

export const glossaryKind: BlockKindModule<'glossary'> = {
  ...glossaryCompiled,
  summary: "The course's glossary, listed where the block stands.",
  schema,
  check: () => undefined,
  build: (_b, id) => ({ type: 'glossary', id }),
  compile: (b) => ({ type: 'glossary', id: b.id }),
};
