import { correctPatterns } from '@dlis/tracking/correct-patterns';
import { interactionComponents } from '../../interaction-components.ts';
import { describeHtml } from '../../question-texts.ts';
import type { CompiledBlockKind } from '../compiled-block-kind.ts';
import { bestChoices } from './best-choices.ts';

export const scenarioCompiled: CompiledBlockKind<'scenario'> = {
  element: 'dlis-scenario',
  addon: 'scenario',
  complete: (b) => {
    // Decision tokens count from every choice of the scenario, as in its learner-state layout below.
    const options = scenarioChoiceIds(b);
    return {
      ...b,
      situations: b.situations.map((s) => {
        const description = describeHtml(s.html);
        const interaction = { type: 'choice' as const, choices: interactionComponents(s.choices) };
        const best = bestChoices(s).map((id) => ({ type: 'choice' as const, choices: [id] }));
        return {
          ...s,
          ...(description ? { description } : {}),
          interaction,
          correctPatterns: correctPatterns('choice', best, options),
        };
      }),
    };
  },
  layout: (b) => ({
    scenarios: [{ id: b.id, choices: scenarioChoiceIds(b), maxSteps: b.situations.length * 2 }],
  }),
};

function scenarioChoiceIds(b: { situations: readonly { choices: readonly { id: string }[] }[] }): string[] {
  return b.situations.flatMap((s) => s.choices.map((c) => c.id));
}
