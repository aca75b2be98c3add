import type {
  CompiledBlock,
  CompiledCourse,
  Condition,
  Conditional,
  Localized,
  QuestionBankBlock,
  QuestionBlock,
  QuestionWithoutTexts,
  QuestionnaireBlock,
  ScenarioBlock,
  ScenarioSituation,
  VariableChoiceBlock,
} from './compiled-course.ts';
import { compiledBlockKind } from './kinds/compiled-block-kinds.ts';
import { learnerStateLayout } from './learner-state-layout.ts';

export { questionTexts } from './kinds/question/complete-question.ts';

/**
 * A compiled block before its build-time data: plain texts (questions, scenario situations) and interactions
 * (questions, scenario situations, variable choices, questionnaire items).
 */
export type BlockWithoutTexts =
  | Exclude<
      CompiledBlock,
      QuestionBlock | QuestionBankBlock | ScenarioBlock | VariableChoiceBlock | QuestionnaireBlock
    >
  | QuestionWithoutTexts
  | (Omit<QuestionBankBlock, 'questions'> & { questions: QuestionWithoutTexts[] })
  | (Omit<ScenarioBlock, 'situations'> & {
      situations: Omit<ScenarioSituation, 'description' | 'interaction' | 'correctPatterns'>[];
    })
  | (Omit<VariableChoiceBlock, 'interaction'> & Conditional)
  | (Omit<QuestionnaireBlock, 'interactions' | 'interactionScales' | 'correctPatterns'> & Conditional);

/** A compiled course before the data the player would otherwise derive at every start (see completeCourse). */
export type CourseWithoutTexts = Omit<CompiledCourse, 'modules' | 'stateLayout'> & {
  modules: {
    id: string;
    title: Localized;
    pages: { id: string; title: Localized; blocks: BlockWithoutTexts[]; when?: Condition }[];
  }[];
};

/**
 * Adds what the player would otherwise derive from the course at every start ("a course is data"): each
 * question's plain-text description, expected answer, label texts and interaction, each scenario situation's
 * description and interaction, the interactions of variable choices and questionnaire items, and the
 * learner-state layout. Pure and browser-safe (hand-written test courses use it too).
 */
export function completeCourse(course: CourseWithoutTexts): CompiledCourse {
  // Each kind adds its own texts (kinds/<kind>/<kind>-compiled.ts `complete`); most have none to add.
  const block = (b: BlockWithoutTexts): CompiledBlock => {
    const complete = compiledBlockKind(b.type).complete;
    return complete ? complete(b, course) : (b as CompiledBlock);
  };
  const modules = course.modules.map((m) => ({
    ...m,
    pages: m.pages.map((p) => ({ ...p, blocks: p.blocks.map(block) })),
  }));
  return { ...course, modules, stateLayout: learnerStateLayout({ modules, variables: course.variables }) };
}
