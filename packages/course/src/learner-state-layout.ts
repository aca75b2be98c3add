import type { CompiledCourse, QuestionWithoutTexts } from './compiled-course.ts';
import type { QuestionnaireBlock } from './compiled-questionnaire.ts';

/** Longest text a numeric answer may take in the suspend data (characters). */
const NUMERIC_TEXT_LENGTH = 32;

type LayoutQuestion =
  | { id: string; kind: 'choices'; options: string[] }
  | { id: string; kind: 'order'; options: string[] }
  | { id: string; kind: 'match'; options: string[]; sources: number }
  | { id: string; kind: 'text'; maxLength: number };

/** The learner state layout of @dlis/tracking (SuspendLayout), restated here so this module stays type-only. */
export interface LearnerStateLayout {
  pages: string[];
  questions: LayoutQuestion[];
  checklists: { id: string; items: string[] }[];
  banks: string[];
  scenarios: { id: string; choices: string[]; maxSteps: number }[];
  /** Course variables and their value ids; absent when the course has none (older layouts stay as they were). */
  variables?: { id: string; values: string[] }[];
}

function layoutQuestion(q: QuestionWithoutTexts): LayoutQuestion {
  switch (q.kind) {
    case 'single-choice':
    case 'multiple-choice':
    case 'true-false':
      return { id: q.id, kind: 'choices', options: q.choices.map((c) => c.id) };
    case 'likert':
      return { id: q.id, kind: 'choices', options: q.scale.map((p) => p.id) };
    case 'ordering':
      return { id: q.id, kind: 'order', options: q.items.map((it) => it.id) };
    case 'matching':
      return { id: q.id, kind: 'match', options: q.targets.map((t) => t.id), sources: q.sources.length };
    case 'fill-in':
      return { id: q.id, kind: 'text', maxLength: q.maxLength };
    case 'numeric':
      return { id: q.id, kind: 'text', maxLength: NUMERIC_TEXT_LENGTH };
  }
}

/**
 * The order of pages, questions, checklists, banks and scenarios that the suspend-data codec writes compact
 * state against (@dlis/tracking SuspendLayout), all in course order. Questions include every bank candidate
 * (scored or not); a scenario run is bounded by maxSteps = 2 × its number of situations (a run may go back
 * through a loop, but a learner who visits every situation twice is past any sensible path). Pure and
 * browser-safe; compileCourse stores it as `CompiledCourse.stateLayout`, which is what the player and the
 * packager read. Course variables (conditional content) come last, each one value index.
 */
export function learnerStateLayout(
  course: Pick<CompiledCourse, 'modules' | 'variables'>,
): LearnerStateLayout {
  const pages = course.modules.flatMap((m) => m.pages);
  const blocks = pages.flatMap((p) => p.blocks);
  return {
    pages: pages.map((p) => p.id),
    questions: blocks.flatMap((b) =>
      b.type === 'question'
        ? [layoutQuestion(b)]
        : b.type === 'question-bank'
          ? b.questions.map(layoutQuestion)
          : b.type === 'questionnaire'
            ? questionnaireLayout(b)
            : [],
    ),
    checklists: blocks.flatMap((b) =>
      b.type === 'checklist' ? [{ id: b.id, items: b.items.map((it) => it.id) }] : [],
    ),
    banks: blocks.flatMap((b) => (b.type === 'question-bank' ? [b.id] : [])),
    scenarios: blocks.flatMap((b) =>
      b.type === 'scenario'
        ? [
            {
              id: b.id,
              choices: b.situations.flatMap((s) => s.choices.map((c) => c.id)),
              maxSteps: b.situations.length * 2,
            },
          ]
        : [],
    ),
    ...(course.variables?.length
      ? { variables: course.variables.map((v) => ({ id: v.id, values: v.values.map((value) => value.id) })) }
      : {}),
  };
}

/**
 * Where a questionnaire (issue 6) keeps its progress in `LearnerState.answers`: one "choices" entry per answer,
 * so the suspend-data codec needs nothing new. Keys are `<questionnaire id>:<item, scenario or background id>`
 * and three control entries: `…:#consent` (`diagnostic`, `research`), `…:#step` (the step shown) and
 * `…:#submitted` (`yes`).
 */
export const QuestionnaireStateKey = {
  consent: '#consent',
  step: '#step',
  submitted: '#submitted',
} as const;

/** The `LearnerState.answers` key of one part of a questionnaire (an item id or a QuestionnaireStateKey). */
export function questionnaireStateKey(questionnaireId: string, part: string): string {
  return `${questionnaireId}:${part}`;
}

/** The steps of a questionnaire in order: consent, background, one per dimension, review. */
export function questionnaireSteps(block: QuestionnaireBlock): string[] {
  return ['consent', 'background', ...block.definition.dimensions.map((d) => d.id), 'review'];
}

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
