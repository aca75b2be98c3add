import { DlisError } from '@dlis/errors';

/** Codes of the errors compileCourse() throws (problems of the call, not of the course sources). */
export const CourseErrorCode = {
  unknownLanguage: 'COURSE_E_COMPILE_UNKNOWN_LANGUAGE',
  noLanguage: 'COURSE_E_COMPILE_NO_LANGUAGE',
  unknownAsset: 'COURSE_E_COMPILE_UNKNOWN_ASSET',
  unknownResource: 'COURSE_E_COMPILE_UNKNOWN_RESOURCE',
} as const;

export type CourseErrorCode = (typeof CourseErrorCode)[keyof typeof CourseErrorCode];

/** An error with a permanent, searchable code; the message says what, why and what to do. */
export class CourseError extends DlisError<CourseErrorCode> {
  constructor(code: CourseErrorCode, message: string) {
    super(code, message);
  }
}
