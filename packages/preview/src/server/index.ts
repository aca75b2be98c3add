export { startPreview, type PreviewOptions, type PreviewServer } from './start-preview.ts';
export type { CourseStatus } from './course-session.ts';
export { PREVIEW_TARGETS, type PreviewTarget } from './course-files.ts';
