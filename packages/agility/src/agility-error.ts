import { DlisError } from '@dlis/errors';

/** Permanent codes of the errors and issues of @dlis/agility (documented in docs/agility.md). */
export const AgilityErrorCode = {
  /** scoreQuestionnaire() was given answers it cannot score; `issues` lists each one. */
  invalidAnswers: 'AGILITY_E_INVALID_ANSWERS',
  /** The definition is not internally consistent; `issues` lists each problem. */
  invalidDefinition: 'AGILITY_E_INVALID_DEFINITION',
} as const;
export type AgilityErrorCode = (typeof AgilityErrorCode)[keyof typeof AgilityErrorCode];

/** Codes of single problems, found in `AgilityError.issues`. */
export const AgilityIssueCode = {
  unknownId: 'AGILITY_E_UNKNOWN_ID',
  notOnScale: 'AGILITY_E_NOT_ON_SCALE',
  notApplicableRefused: 'AGILITY_E_NA_NOT_ALLOWED',
  unknownOption: 'AGILITY_E_UNKNOWN_OPTION',
  duplicateId: 'AGILITY_E_DUPLICATE_ID',
  unknownReference: 'AGILITY_E_UNKNOWN_REFERENCE',
  badWeights: 'AGILITY_E_WEIGHTS',
  badScale: 'AGILITY_E_SCALE',
  badScenario: 'AGILITY_E_SCENARIO',
  badLevels: 'AGILITY_E_LEVELS',
  emptyDimension: 'AGILITY_E_EMPTY_DIMENSION',
  /** A responses file that cannot be read at all (invalid JSON, unclosed CSV quote). */
  malformedResponses: 'AGILITY_E_MALFORMED_RESPONSES',
  /** A responses file with the wrong overall shape (not an array, CSV header problems): nothing is scored. */
  responsesShape: 'AGILITY_E_RESPONSES_SHAPE',
  /** One respondent's row or object has the wrong shape; that respondent is skipped. */
  badResponse: 'AGILITY_E_BAD_RESPONSE',
  /** A respondent id seen earlier in the same file; the later one is skipped. */
  duplicateRespondent: 'AGILITY_E_DUPLICATE_RESPONDENT',
} as const;
export type AgilityIssueCode = (typeof AgilityIssueCode)[keyof typeof AgilityIssueCode];

/** One problem, located by the id of the item, scenario, dimension… it concerns. */
export interface AgilityIssue {
  readonly code: AgilityIssueCode;
  /** Id of the answer or definition entry at fault (`3.4`, `D7-S1`, `D2`, `rules`…). */
  readonly id: string;
  readonly message: string;
}

/** An error with a permanent code; `issues` holds every problem found, not just the first. */
export class AgilityError extends DlisError<AgilityErrorCode> {
  // Spelled out: a minified bundle renames the class.
  override readonly name = 'AgilityError';

  constructor(
    code: AgilityErrorCode,
    message: string,
    readonly issues: readonly AgilityIssue[] = [],
  ) {
    super(code, message);
  }
}
