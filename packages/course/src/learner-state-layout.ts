import type { CompiledCourse, QuestionBlock } from './compiled-course.ts';

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
}

function layoutQuestion(q: QuestionBlock): LayoutQuestion {
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
 * browser-safe.
 */
export function learnerStateLayout(course: CompiledCourse): LearnerStateLayout {
  const pages = course.modules.flatMap((m) => m.pages);
  const blocks = pages.flatMap((p) => p.blocks);
  return {
    pages: pages.map((p) => p.id),
    questions: blocks.flatMap((b) =>
      b.type === 'question'
        ? [layoutQuestion(b)]
        : b.type === 'question-bank'
          ? b.questions.map(layoutQuestion)
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
  };
}
