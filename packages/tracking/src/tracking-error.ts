/** Permanent codes of the errors the tracking runtime throws internally. */
export const TRACKING_ERROR_CODES = {
  initialize: 'TRACKING_E_INITIALIZE',
  /** An LRS document request (State API, Agent Profile API) failed: no answer or an unexpected status. */
  lrsDocument: 'TRACKING_E_LRS_DOCUMENT',
  /** The cmi5 fetch URL gave no auth token (cmi5 8.2.3: error-code 1, 2 or 3, or no answer). */
  cmi5Fetch: 'TRACKING_E_CMI5_FETCH',
} as const;

export type TrackingErrorCode = (typeof TRACKING_ERROR_CODES)[keyof typeof TRACKING_ERROR_CODES];

/**
 * A tracking failure with a permanent code; createTracker() handles TRACKING_E_INITIALIZE by going local (the cmi5
 * and xAPI launch adapters turn their launch failures into it).
 */
export class TrackingError extends Error {
  readonly code: TrackingErrorCode;
  /** True when the LMS or LRS gave no answer, or a 408/429/5xx: the same request may work later. */
  readonly transient: boolean;

  constructor(code: TrackingErrorCode, message: string, options: { transient?: boolean } = {}) {
    super(message);
    this.name = 'TrackingError';
    this.code = code;
    this.transient = options.transient ?? false;
  }
}
