import { dirname } from 'node:path';
import { loadCourse, type Diagnostic } from '@dlis/course';
import { TranslateError, TranslateErrorCode } from './translate-error.ts';

/** The course does not pass `dlis validate`: its diagnostics, exactly as validate prints them. */
export class InvalidCourseError extends TranslateError {
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(message, undefined, undefined, TranslateErrorCode.invalidCourse);
  }
}

/**
 * The same validation as `dlis validate`; throws InvalidCourseError with every problem found, its files shown
 * from `cwd` (the caller's folder; the course's parent when not given).
 */
export async function assertValidCourse(
  dir: string,
  message: string,
  cwd: string = dirname(dir),
): Promise<void> {
  const result = await loadCourse(dir, { cwd });
  if (!result.ok) throw new InvalidCourseError(message, result.diagnostics);
}

export function assertLanguage(tag: string, sourceLanguage: string, what: string): void {
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) {
    throw new TranslateError(
      `${what} '${tag}' is not a language tag such as el, ro or de (lowercase language code, optional region: pt-BR).`,
    );
  }
  if (tag === sourceLanguage) {
    throw new TranslateError(`${what} '${tag}' is the course's source language (defaultLanguage).`);
  }
}
