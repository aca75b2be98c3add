/**
 * A statement breaks a rule of the xAPI data model (1.0.3 Part Two / 2.0 §4.2). `path` locates the property
 * (`statement.actor.mbox`, `$.result.score`), `detail` says what is wrong and what to do; the message is
 * `path: detail`. An LRS maps it to a 400.
 */
export class StatementValidationError extends Error {
  override readonly name = 'StatementValidationError';
  readonly code = 'XAPI_E_INVALID_STATEMENT';

  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
  }
}
