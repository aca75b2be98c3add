// Lets the learner choose the value of a course variable (conditional content); a neutral choice interaction.
import type { BlockKindModule } from '../block-kind.ts';
import { variableChoiceCompiled } from './variable-choice-compiled.ts';

export const variableChoiceKind: BlockKindModule<'variable-choice'> = {
  ...variableChoiceCompiled,
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
