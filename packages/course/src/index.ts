export { loadCourse, type LoadResult } from './load-course.ts';
export {
  compileCourse,
  type CompileOptions,
  type CompileResult,
  type CompiledAsset,
} from './compile-course.ts';
export { formatDiagnostic, DiagnosticCode, type Diagnostic } from './diagnostic.ts';
export { CourseError, CourseErrorCode } from './course-error.ts';
export type { CourseModel } from './course-model.ts';
export { learnerStateLayout } from './learner-state-layout.ts';
export { courseSchema } from './course-schema.ts';
