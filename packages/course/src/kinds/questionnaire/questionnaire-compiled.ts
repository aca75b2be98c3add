import { correctPatterns } from '@dlis/tracking/correct-patterns';
import type { CorrectPatterns, InteractionComponent } from '../../compiled-course.ts';
import type { QuestionnaireBlock, QuestionnaireInteraction } from '../../compiled-questionnaire.ts';
import { interactionComponents } from '../../interaction-components.ts';
import type { LayoutQuestion } from '../../learner-state-layout.ts';
import {
  QuestionnaireStateKey,
  questionnaireStateKey,
  questionnaireSteps,
} from '../../questionnaire-state-keys.ts';
import type { CompiledBlockKind } from '../compiled-block-kind.ts';

/** The questionnaire block before completeCourse adds its interactions. */
type QuestionnaireSource = Omit<QuestionnaireBlock, 'interactions' | 'interactionScales' | 'correctPatterns'>;

export const questionnaireCompiled: CompiledBlockKind<'questionnaire'> = {
  element: 'dlis-questionnaire',
  addon: 'agility',
  complete: (b) => ({ ...b, ...questionnaireInteractions(b), correctPatterns: scenarioPatterns(b) }),
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

/**
 * Each item's interaction: a self item's scale (its points, then `na` when allowed), stored once per scale and
 * named by the item; a scenario's options.
 */
function questionnaireInteractions(
  block: QuestionnaireSource,
): Pick<QuestionnaireBlock, 'interactions' | 'interactionScales'> {
  const { definition } = block;
  const interactions: Record<string, QuestionnaireInteraction> = {};
  const interactionScales: Record<string, InteractionComponent[]> = {};
  for (const item of definition.items) {
    const key = item.notApplicableAllowed ? `${item.scale}+na` : item.scale;
    if (!interactionScales[key]) {
      const points = definition.scales.find((s) => s.id === item.scale)?.points ?? [];
      const scale = points.map((p) => ({ id: String(p.value), label: p.labels }));
      const na = item.notApplicableAllowed ? [{ id: 'na', label: definition.notApplicable }] : [];
      interactionScales[key] = interactionComponents([...scale, ...na]);
    }
    interactions[item.id] = { type: 'likert', scale: key };
  }
  for (const scenario of definition.scenarios) {
    const options = scenario.options.map((o) => ({ id: o.id, label: o.labels }));
    interactions[scenario.id] = { type: 'choice', choices: interactionComponents(options) };
  }
  return { interactions, interactionScales };
}

/**
 * Each scenario item's correct responses as each standard writes them: one choice pattern per option with credit
 * 100. The adapters find no layout entry for an item's id, so its tokens are its option ids themselves.
 */
function scenarioPatterns(block: QuestionnaireSource): Record<string, CorrectPatterns> {
  return Object.fromEntries(
    block.definition.scenarios.map((scenario) => {
      const correct = scenario.options.filter((o) => o.credit === 100);
      const values = correct.map((o) => ({ type: 'choice' as const, choices: [o.id] }));
      return [scenario.id, correctPatterns('choice', values, undefined)];
    }),
  );
}
