// A question block: the fields every question has here, the rest by its kind's module (kinds/<question kind>/).
import schema from './question.schema.json' with { type: 'json' };
import type { Obj } from '../../check-context.ts';
import { buildQuestion } from '../../build-question.ts';
import { checkQuestion } from '../../check-question.ts';
import { compileQuestion } from '../../compile-question.ts';
import type { BlockKindModule } from '../block-kind.ts';
import { questionKindOf } from '../question-kinds.ts';
import { questionCompiled } from './question-compiled.ts';

/** False for a question whose kind has no right answer (likert); true when its kind is unknown (the schema says). */
export const scorable = (q: Obj) => questionKindOf(q.kind)?.scorable !== false;

export const questionBlockKind: BlockKindModule<'question'> = {
  ...questionCompiled,
  summary: 'A question of one of the question kinds below, with feedback, points and attempts.',
  schema,
  check(ctx, b, path) {
    if (b.scored !== false && scorable(b)) ctx.scored++;
    return checkQuestion(ctx, b, path);
  },
  build: (b, _id, ctx) => buildQuestion(b, ctx.languages),
  compile: (b, { inline, text }) => compileQuestion(b, inline, text),
};
