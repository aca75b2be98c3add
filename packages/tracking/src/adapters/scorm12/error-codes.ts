/** SCORM 1.2 API error codes (RTE 3.3.2.4). */
export const SCORM12_ERRORS = {
  noError: 0,
  generalException: 101,
  invalidArgument: 201,
  elementCannotHaveChildren: 202,
  elementNotAnArray: 203,
  notInitialized: 301,
  notImplemented: 401,
  invalidSetValueKeyword: 402,
  elementIsReadOnly: 403,
  elementIsWriteOnly: 404,
  incorrectDataType: 405,
} as const;

/**
 * Codes after which the same SetValue/LMSCommit may succeed later: 1.2 has only the general exception. A number
 * checked against the table's type, so the table itself stays out of the player bundle.
 */
export const SCORM12_RETRYABLE: ReadonlySet<number> = new Set([
  101 satisfies typeof SCORM12_ERRORS.generalException,
]);
