// Shows the whole course glossary (usually on its own page); the entries are the course's `glossary`.
import type { BlockKindModule } from '../block-kind.ts';
import { glossaryCompiled } from './glossary-compiled.ts';

export const glossaryKind: BlockKindModule<'glossary'> = {
  ...glossaryCompiled,
  check: () => undefined,
  build: (_b, id) => ({ type: 'glossary', id }),
  compile: (b) => ({ type: 'glossary', id: b.id }),
};
