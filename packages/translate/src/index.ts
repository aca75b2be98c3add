export { exportCourse, type ExportResult } from './export-course.ts';
export { importXliff, type ImportReport } from './import-xliff.ts';
export { translationStatus, type LanguageStatus } from './translation-status.ts';
export { TranslateError } from './translate-error.ts';
export { InvalidCourseError } from './check-course.ts';
export { validateXliffSchema } from './validate-xliff-schema.ts';
