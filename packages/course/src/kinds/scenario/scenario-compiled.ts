import { interactionComponents } from '../../interaction-components.ts';
import { describeHtml } from '../../question-texts.ts';
import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const scenarioCompiled: CompiledBlockKind<'scenario'> = {
  element: 'dlis-scenario',
  addon: 'scenario',
  complete: (b) => ({
    ...b,
    situations: b.situations.map((s) => {
      const description = describeHtml(s.html);
      const interaction = { type: 'choice' as const, choices: interactionComponents(s.choices) };
      return { ...s, ...(description ? { description } : {}), interaction };
    }),
  }),
  layout: (b) => ({
    scenarios: [
      {
        id: b.id,
        choices: b.situations.flatMap((s) => s.choices.map((c) => c.id)),
        maxSteps: b.situations.length * 2,
      },
    ],
  }),
};
