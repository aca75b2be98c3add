import type { AgilityAnswer } from '../agility-answers.ts';
import type { AgilityIssueCode } from '../agility-error.ts';
import type { AgilityResult } from '../agility-result.ts';
import type { TextPosition } from './text-position.ts';

/** Input formats of a responses file (docs/agility.md, "Re-scoring responses offline"). */
export const ResponsesFormat = { json: 'json', csv: 'csv' } as const;
export type ResponsesFormat = (typeof ResponsesFormat)[keyof typeof ResponsesFormat];

/** One respondent read from a responses file, with positions for locating problems in their answers. */
export interface RespondentResponses {
  readonly respondent: string;
  /** Keyed by item or scenario id; missing answers are absent. */
  readonly answers: Readonly<Record<string, AgilityAnswer>>;
  /** Background answers (BRIEF §3.6), passed through unchanged: JSON values, or strings from `bg.` CSV columns. */
  readonly background: Readonly<Record<string, unknown>>;
  /** Where the respondent's CSV row or JSON object starts. */
  readonly position: TextPosition;
  /** Where each answer's value is, by id. */
  readonly answerPositions: Readonly<Record<string, TextPosition>>;
}

/** A located problem of a responses file. Messages carry no location: the caller adds `file:line:col`. */
export interface ResponsesProblem extends TextPosition {
  readonly code: AgilityIssueCode;
  /** The respondent concerned, when known. */
  readonly respondent: string | null;
  readonly message: string;
  /** True when the whole file is unusable (nothing is scored); false when only this respondent is skipped. */
  readonly fatal: boolean;
}

export interface ReadResponsesResult {
  /** Respondents whose row has the right shape, in file order (their answers are not validated yet). */
  readonly responses: readonly RespondentResponses[];
  readonly problems: readonly ResponsesProblem[];
}

/** One respondent's result, as `dlis agility score` prints it in JSON. */
export interface ScoredResponse {
  readonly respondent: string;
  readonly background: Readonly<Record<string, unknown>>;
  readonly result: AgilityResult;
}

export interface ScoreResponsesResult {
  /** Results of the respondents whose answers were valid, in input order. */
  readonly scored: readonly ScoredResponse[];
  /** Every problem, fatal or not, in file order. */
  readonly problems: readonly ResponsesProblem[];
}
