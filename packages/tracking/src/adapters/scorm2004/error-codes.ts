/** SCORM 2004 4th ed. API error codes (RTE 3.1.7, Table 3.1.7a). */
export const SCORM2004_ERRORS = {
  noError: 0,
  generalException: 101,
  generalInitializationFailure: 102,
  alreadyInitialized: 103,
  contentInstanceTerminated: 104,
  generalTerminationFailure: 111,
  terminationBeforeInitialization: 112,
  terminationAfterTermination: 113,
  retrieveDataBeforeInitialization: 122,
  retrieveDataAfterTermination: 123,
  storeDataBeforeInitialization: 132,
  storeDataAfterTermination: 133,
  commitBeforeInitialization: 142,
  commitAfterTermination: 143,
  generalArgumentError: 201,
  generalGetFailure: 301,
  generalSetFailure: 351,
  generalCommitFailure: 391,
  undefinedDataModelElement: 401,
  unimplementedDataModelElement: 402,
  dataModelElementValueNotInitialized: 403,
  dataModelElementIsReadOnly: 404,
  dataModelElementIsWriteOnly: 405,
  dataModelElementTypeMismatch: 406,
  dataModelElementValueOutOfRange: 407,
  dataModelDependencyNotEstablished: 408,
} as const;

/**
 * Codes after which the same SetValue/Commit may succeed later (transient LMS or network failures). Written as
 * numbers checked against the table's types, so the table itself stays out of the player bundle.
 */
export const SCORM2004_RETRYABLE: ReadonlySet<number> = new Set([
  101 satisfies typeof SCORM2004_ERRORS.generalException,
  351 satisfies typeof SCORM2004_ERRORS.generalSetFailure,
  391 satisfies typeof SCORM2004_ERRORS.generalCommitFailure,
]);
