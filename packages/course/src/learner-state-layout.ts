import type { CompiledCourse, QuestionWithoutTexts } from './compiled-course.ts';
import type { QuestionnaireBlock } from './compiled-questionnaire.ts';
import { questionKind } from './kinds/question-kinds.ts';
import {
  QuestionnaireStateKey,
  questionnaireStateKey,
  questionnaireSteps,
} from './questionnaire-state-keys.ts';

/** Where one answer is written: choice ids, an order, matches or a bounded text (@dlis/tracking SuspendLayout). */
export type LayoutQuestion =
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

/** A question's layout entry, by its kind's module (kinds/<kind>/). */
function layoutQuestion(q: QuestionWithoutTexts): LayoutQuestion {
  return questionKind(q.kind).layout(q);
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
