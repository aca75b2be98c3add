/** A problem in the user's input (course, XLIFF file, command options), located when it has a place. */
export class TranslateError extends Error {
  constructor(
    message: string,
    readonly location?: { file: string; line: number; col: number },
    readonly hint?: string,
  ) {
    super(message);
  }
}
