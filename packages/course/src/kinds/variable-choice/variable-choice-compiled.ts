import { interactionComponents } from '../../interaction-components.ts';
import { describeHtml } from '../../question-texts.ts';
import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const variableChoiceCompiled: CompiledBlockKind<'variable-choice'> = {
  element: 'dlis-variable-choice',
  addon: 'blocks',
  complete(b, course) {
    const description = describeHtml(b.prompt);
    // Answered like a choice question, with the variable's values.
    const values = course.variables?.find((v) => v.id === b.variable)?.values ?? [];
    const interaction = { type: 'choice' as const, choices: interactionComponents(values) };
    return { ...b, ...(description ? { description } : {}), interaction };
  },
};
