import { DlisError } from '@dlis/errors';

/** Permanent codes of the errors of @dlis/analytics (documented in docs/research.md). */
export const AnalyticsErrorCode = {
  /** An option is out of range or malformed (minimum cell size below 5, bad date, unknown background variable). */
  invalidOption: 'ANALYTICS_E_INVALID_OPTION',
  /** The LRS refused the credentials (401) or the key lacks the read scope (403). */
  unauthorized: 'ANALYTICS_E_UNAUTHORIZED',
  /** The LRS answered with an error status that retrying cannot fix (400, 404…). */
  lrsRequest: 'ANALYTICS_E_LRS_REQUEST',
  /** The LRS kept failing (429, 5xx, network) after every retry. */
  lrsUnavailable: 'ANALYTICS_E_LRS_UNAVAILABLE',
  /** The LRS answered 200 with something that is not a StatementResult. */
  lrsResponse: 'ANALYTICS_E_LRS_RESPONSE',
  /** The checkpoint file of `--resume` is unreadable or belongs to another query. */
  checkpoint: 'ANALYTICS_E_CHECKPOINT',
} as const;
export type AnalyticsErrorCode = (typeof AnalyticsErrorCode)[keyof typeof AnalyticsErrorCode];

/**
 * Every error @dlis/analytics throws on purpose. Messages never contain credentials: URLs are shown without
 * user-info, and the Authorization header is never part of a message.
 */
export class AnalyticsError extends DlisError<AnalyticsErrorCode> {
  /** HTTP status of the failing LRS response, when there was one. */
  readonly status: number | undefined;

  constructor(code: AnalyticsErrorCode, message: string, status?: number) {
    super(code, message);
    this.status = status;
  }
}
