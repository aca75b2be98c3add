import { DlisError } from '@dlis/errors';

/** Permanent codes of the errors of @dlis/translate (docs/errors.md). */
export const TranslateErrorCode = {
  /** The user's input (course, XLIFF file, language tag, command option) cannot be used as it is. */
  input: 'TRANSLATE_E_INPUT',
  /** The course does not pass `dlis validate`; its diagnostics come with the error. */
  invalidCourse: 'TRANSLATE_E_INVALID_COURSE',
} as const;
export type TranslateErrorCode = (typeof TranslateErrorCode)[keyof typeof TranslateErrorCode];

/** A problem in the user's input (course, XLIFF file, command options), located when it has a place. */
export class TranslateError extends DlisError<TranslateErrorCode> {
  /** A translate error is located to the character when it is located at all. */
  declare readonly location: { file: string; line: number; col: number } | undefined;

  constructor(
    message: string,
    location?: { file: string; line: number; col: number },
    hint?: string,
    code: TranslateErrorCode = TranslateErrorCode.input,
  ) {
    super(code, message, { ...(location ? { location } : {}), ...(hint ? { hint } : {}) });
  }
}
