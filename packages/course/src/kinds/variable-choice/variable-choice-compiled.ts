import { describeHtml } from '../../question-texts.ts';
import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const variableChoiceCompiled: CompiledBlockKind<'variable-choice'> = {
  element: 'dlis-variable-choice',
  addon: 'blocks',
  complete(b) {
    const description = describeHtml(b.prompt);
    return description ? { ...b, description } : b;
  },
};
