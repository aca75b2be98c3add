import { DlisError } from '@dlis/errors';

/**
 * A statement breaks a rule of the xAPI data model (1.0.3 Part Two / 2.0 §4.2). `path` locates the property
 * (`statement.actor.mbox`, `$.result.score`), `detail` says what is wrong and what to do; the message is
 * `path: detail`. An LRS maps it to a 400.
 */
export class StatementValidationError extends DlisError<'XAPI_E_INVALID_STATEMENT'> {
  // Spelled out: a minified bundle renames the class.
  override readonly name = 'StatementValidationError';

  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super('XAPI_E_INVALID_STATEMENT', `${path}: ${detail}`);
  }
}
