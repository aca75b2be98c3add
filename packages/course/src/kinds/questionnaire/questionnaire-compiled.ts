import type { QuestionnaireBlock } from '../../compiled-questionnaire.ts';
import type { LayoutQuestion } from '../../learner-state-layout.ts';
import {
  QuestionnaireStateKey,
  questionnaireStateKey,
  questionnaireSteps,
} from '../../questionnaire-state-keys.ts';
import type { CompiledBlockKind } from '../compiled-block-kind.ts';

export const questionnaireCompiled: CompiledBlockKind<'questionnaire'> = {
  element: 'dlis-questionnaire',
  addon: 'agility',
  layout: (b) => ({ questions: questionnaireLayout(b) }),
};

/** Layout entries of a questionnaire: answer scale points and `na`, scenario options, background options. */
function questionnaireLayout(block: QuestionnaireBlock): LayoutQuestion[] {
  const key = (part: string) => questionnaireStateKey(block.id, part);
  const points = (scaleId: string) =>
    (block.definition.scales.find((s) => s.id === scaleId)?.points ?? []).map((p) => String(p.value));
  return [
    { id: key(QuestionnaireStateKey.consent), kind: 'choices', options: ['diagnostic', 'research'] },
    { id: key(QuestionnaireStateKey.step), kind: 'choices', options: questionnaireSteps(block) },
    { id: key(QuestionnaireStateKey.submitted), kind: 'choices', options: ['yes'] },
    ...block.background.map((q): LayoutQuestion => ({
      id: key(q.id),
      kind: 'choices',
      options: q.options.map((o) => o.id),
    })),
    ...block.definition.items.map((item): LayoutQuestion => ({
      id: key(item.id),
      kind: 'choices',
      options: [...points(item.scale), 'na'],
    })),
    ...block.definition.scenarios.map((s): LayoutQuestion => ({
      id: key(s.id),
      kind: 'choices',
      options: s.options.map((o) => o.id),
    })),
  ];
}
