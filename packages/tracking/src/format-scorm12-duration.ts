/** Largest value a SCORM 1.2 CMITimespan can hold: hours have at most 4 digits (RTE 1.2, 3.4.2 data types). */
const MAX_CENTISECONDS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

/**
 * A duration as a SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS`: hours on 2 to 4 digits, centiseconds always written
 * (`00:01:05.50`). Milliseconds are rounded to the nearest centisecond; negative or non-finite input gives
 * `00:00:00.00`; durations beyond 9999 h are capped at `9999:59:59.99` (LMSs such as Moodle reject 5-digit hours).
 */
export function formatScorm12Duration(ms: number): string {
  const cs = Math.min(toCentiseconds(ms), MAX_CENTISECONDS);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = Math.floor(cs / 100) % 60;
  const fraction = cs % 100;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(fraction)}`;
}

/** Milliseconds → whole centiseconds, rounded; 0 for negative, NaN or infinite input. */
export function toCentiseconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
