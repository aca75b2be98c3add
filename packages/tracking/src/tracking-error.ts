/** Permanent codes of the errors the tracking runtime throws internally. */
export const TRACKING_ERROR_CODES = {
  initialize: 'TRACKING_E_INITIALIZE',
} as const;

export type TrackingErrorCode = (typeof TRACKING_ERROR_CODES)[keyof typeof TRACKING_ERROR_CODES];

/** A tracking failure with a permanent code; createTracker() handles TRACKING_E_INITIALIZE by going local. */
export class TrackingError extends Error {
  readonly code: TrackingErrorCode;

  constructor(code: TrackingErrorCode, message: string) {
    super(message);
    this.name = 'TrackingError';
    this.code = code;
  }
}
