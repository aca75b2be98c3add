export {
  buildCourses,
  type BuildCoursesInput,
  type BuildDiagnostic,
  type BuildResult,
  type PackageDone,
} from './build-courses.ts';
export {
  buildCoursesInParallel,
  type BuildProgress,
  type ParallelBuildOptions,
} from './build-courses-parallel.ts';
export {
  ChromiumMissingError,
  ChromiumStartError,
  ManifestInvalidError,
  ManifestVerifyError,
  PACKAGE_ERROR_CODES,
  PackageEntryPathError,
  PackageError,
  PackageInputError,
  PackageWriteError,
  EmbeddedKeyWithoutEndpointError,
  SuspendDataBudgetError,
  type PackageErrorCode,
} from './errors.ts';
export { packageCourse, type PackageCourseInput, type PackageReport } from './package-course.ts';
export type { PackageAsset } from './collect-content-files.ts';
export {
  ADDON_BLOCK_TYPES,
  courseAddons,
  courseLazyAddons,
  courseStartAddons,
  playerFilesFor,
  type PackagePlayerFiles,
  type PlayerBuild,
} from './player-build.ts';
export { renderIndexHtml } from './render-index-html.ts';
export { renderCoursePdf, type PdfReport, type RenderCoursePdfInput } from './render-course-pdf.ts';
export { findChromium, launchChromium, type ChromiumLaunch } from './find-chromium.ts';
export { payloadXapi, type XapiBuildOptions } from './payload-xapi.ts';
export { verifyManifest, type ManifestVerification, type VerifiedTarget } from './verify-manifest.ts';
export { CMI5_FILE, cmi5Ids, writeCmi5CourseStructure } from './write-cmi5-course-structure.ts';
export { TINCAN_FILE, writeTincanXml } from './write-tincan-xml.ts';
export { writeScorm12Manifest } from './write-scorm12-manifest.ts';
export { writeScorm2004Manifest } from './write-scorm2004-manifest.ts';
