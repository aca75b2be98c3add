import {
  StatementValidationError,
  validateStatement,
  type JsonObject,
  type XapiVersion,
} from '@dlis/xapi-profile';
import { LrsError } from './lrs-error.ts';

/**
 * Validates one received statement with the shared xAPI validator of @dlis/xapi-profile and turns its
 * StatementValidationError into the LRS's 400 (`LRS_E_INVALID_STATEMENT`, part "body"), message unchanged
 * (`statements[2].actor.mbox: …`).
 */
export function checkStatement(value: unknown, version: XapiVersion, path = 'statement'): JsonObject {
  try {
    return validateStatement(value, version, path);
  } catch (error) {
    if (error instanceof StatementValidationError) {
      throw new LrsError('invalidStatement', error.message, { part: 'body', cause: error });
    }
    throw error;
  }
}
