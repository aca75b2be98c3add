import type { CompiledCourse, CompiledModule, CompiledPage, QuestionBlock } from '@dlis/course/compiled';

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
}

/** Every question of the course by id, with the page it sits on. */
export function courseQuestions(course: CompiledCourse): Map<string, QuestionRef> {
  const questions = new Map<string, QuestionRef>();
  for (const { page } of coursePages(course)) {
    for (const block of page.blocks) {
      if (block.type === 'question') questions.set(block.id, { question: block, pageId: page.id });
    }
  }
  return questions;
}
