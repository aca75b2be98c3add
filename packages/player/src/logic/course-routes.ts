import type {
  CompiledCourse,
  CompiledModule,
  CompiledPage,
  QuestionBlock,
  ScenarioBlock,
} from '@dlis/course/compiled';

/** Route of the assessment result page; `:` cannot appear in a page id, so it never clashes. */
export const RESULTS_ROUTE = ':results';

export interface PageRef {
  page: CompiledPage;
  module: CompiledModule;
  /** 0-based position of the page in the course. */
  index: number;
}

/** Every page of the course, in course order. */
export function coursePages(course: CompiledCourse): PageRef[] {
  const refs: PageRef[] = [];
  for (const module of course.modules) {
    for (const page of module.pages) refs.push({ page, module, index: refs.length });
  }
  return refs;
}

/** Whether the course has scored questions, and therefore a result page after the last page. */
export function hasAssessment(course: CompiledCourse): boolean {
  return course.assessment.questionIds.length > 0;
}

/** The routes the learner can go to, in order: every page id, then RESULTS_ROUTE when there is an assessment. */
export function courseRoutes(course: CompiledCourse): string[] {
  const routes = coursePages(course).map((ref) => ref.page.id);
  if (hasAssessment(course)) routes.push(RESULTS_ROUTE);
  return routes;
}

export interface QuestionRef {
  question: QuestionBlock;
  pageId: string;
  /** The bank the question belongs to, if any. */
  bankId?: string;
}

/** Every question of the course by id (bank questions included), with the page it sits on. */
export function courseQuestions(course: CompiledCourse): Map<string, QuestionRef> {
  const questions = new Map<string, QuestionRef>();
  for (const { page } of coursePages(course)) {
    for (const block of page.blocks) {
      if (block.type === 'question') questions.set(block.id, { question: block, pageId: page.id });
      if (block.type === 'question-bank') {
        for (const q of block.questions)
          questions.set(q.id, { question: q, pageId: page.id, bankId: block.id });
      }
    }
  }
  return questions;
}

export interface ScenarioRef {
  scenario: ScenarioBlock;
  pageId: string;
}

/** Every scenario of the course by id, with its page. */
export function courseScenarios(course: CompiledCourse): Map<string, ScenarioRef> {
  const scenarios = new Map<string, ScenarioRef>();
  for (const { page } of coursePages(course)) {
    for (const block of page.blocks) {
      if (block.type === 'scenario') scenarios.set(block.id, { scenario: block, pageId: page.id });
    }
  }
  return scenarios;
}

/** Every checklist of the course: block id → item ids. */
export function courseChecklists(course: CompiledCourse): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const { page } of coursePages(course)) {
    for (const block of page.blocks) {
      if (block.type === 'checklist')
        lists.set(
          block.id,
          block.items.map((i) => i.id),
        );
    }
  }
  return lists;
}

/** The first page holding a glossary block (where glossary links lead), if any. */
export function glossaryPageId(course: CompiledCourse): string | undefined {
  return coursePages(course).find((ref) => ref.page.blocks.some((b) => b.type === 'glossary'))?.page.id;
}
