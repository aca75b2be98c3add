export { loadCourse, type LoadDisplay, type LoadResult } from './load-course.ts';
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
export { findExternalLinks, type ExternalLink } from './external-links.ts';
export { checkLinks, type CheckLinksOptions, type LinkVerdict } from './check-links.ts';
