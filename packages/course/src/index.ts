export {
  loadCourse,
  validateCourse,
  type LoadDisplay,
  type LoadResult,
  type ValidateResult,
} from './load-course.ts';
export {
  compileCourse,
  type CompileOptions,
  type CompileResult,
  type CompiledAsset,
} from './compile-course.ts';
export { formatDiagnostic, DiagnosticCode, type Diagnostic } from './diagnostic.ts';
export { CourseError, CourseErrorCode } from './course-error.ts';
export type { CourseModel, QuestionnaireBlockModel } from './course-model.ts';
export { findQuestionnaire } from './find-questionnaire.ts';
export { agilityWordingOf } from './agility-wording-of.ts';
export { questionnaireSchema } from './questionnaire-schema.ts';
export { learnerStateLayout } from './learner-state-layout.ts';
export { courseSchema } from './course-schema.ts';
export {
  CMI5_MOVE_ON,
  defaultMoveOn,
  type Cmi5LaunchMethod,
  type Cmi5MoveOn,
  type CourseTracking,
} from './course-tracking.ts';
// The kinds (kinds/<kind>/): what the loader, the compiler and the compiled course know of each block and question kind.
export { blockKinds, blockKind } from './kinds/block-kinds.ts';
export type { BlockBuildContext, BlockCompileContext, BlockKindModule } from './kinds/block-kind.ts';
export { questionKinds, questionKind } from './kinds/question-kinds.ts';
export { generateCourseSchema, kindsTable, withKindsTable } from './kinds/generate-kinds.ts';
export type { QuestionKindModule } from './kinds/question-kind.ts';
export { findExternalLinks, type ExternalLink } from './external-links.ts';
export { checkLinks, type CheckLinksOptions, type LinkVerdict } from './check-links.ts';
