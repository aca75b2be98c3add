/**
 * The six calls every SCORM API offers, with the version differences (names, `""` arguments, string booleans)
 * taken out. Each adapter wraps its API in one of these; LmsConnection works on it.
 */
export interface ScormCalls {
  initialize(): boolean;
  terminate(): boolean;
  getValue(element: string): string;
  setValue(element: string, value: string): boolean;
  commit(): boolean;
  /** Last error code, as a number (0 = no error). */
  lastError(): number;
  /** The LMS's text for an error code (may be empty). */
  errorText(code: number): string;
}

/** True for the string "true" or the boolean true some LMS APIs return. */
export function isTrue(result: unknown): boolean {
  return result === true || result === 'true';
}
