// Lets the learner choose the value of a course variable (conditional content); a neutral choice interaction.
import schema from './variable-choice.schema.json' with { type: 'json' };
import type { BlockKindModule } from '../block-kind.ts';
import { variableChoiceCompiled } from './variable-choice-compiled.ts';

export const variableChoiceKind: BlockKindModule<'variable-choice'> = {
  ...variableChoiceCompiled,
  summary: "The learner's choice of a course variable's value, which `when` conditions read.",
  schema,
  // The variable and the prompt are checked with the course variables (check-variables.ts).
  check: () => undefined,
  build: (b, id, ctx) => ({ type: 'variable-choice', id, variable: b.variable, prompt: ctx.loc(b.prompt) }),
  compile: (b, { inline }) => ({
    type: 'variable-choice',
    id: b.id,
    variable: b.variable,
    prompt: inline(b.prompt),
  }),
};
