import type { MessageKey } from './i18n/messages.ts';

/** Permanent codes of the errors the player shows instead of a course. */
export const PlayerErrorCode = {
  noCourse: 'PLAYER_E_NO_COURSE',
  format: 'PLAYER_E_COURSE_FORMAT',
  noTracker: 'PLAYER_E_NO_TRACKER',
  start: 'PLAYER_E_TRACKER_START',
} as const;
export type PlayerErrorCode = (typeof PlayerErrorCode)[keyof typeof PlayerErrorCode];

/** The UI string that explains each code to the learner. */
export const playerErrorMessage = {
  PLAYER_E_NO_COURSE: 'errorNoCourse',
  PLAYER_E_COURSE_FORMAT: 'errorFormat',
  PLAYER_E_NO_TRACKER: 'errorNoTracker',
  PLAYER_E_TRACKER_START: 'errorStart',
} as const satisfies Record<PlayerErrorCode, MessageKey>;

/** An error that stops the player; `params` fill the placeholders of its UI string. */
export class PlayerError extends Error {
  override readonly name = 'PlayerError';
  constructor(
    readonly code: PlayerErrorCode,
    message: string,
    readonly params: Readonly<Record<string, string | number>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
