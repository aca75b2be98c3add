import { toCentiseconds } from './format-scorm12-duration.ts';

/**
 * A duration as an ISO 8601 duration for SCORM 2004 `timeinterval (second,10,2)` (RTE 4.1, C.1.5):
 * `PT1H2M3.45S`. Hours are not folded into days; zero components are left out; seconds carry at most 2
 * decimals (rounded to the nearest centisecond, no trailing zeros). Zero, negative or non-finite input gives
 * `PT0S`.
 */
export function formatIso8601Duration(ms: number): string {
  const cs = toCentiseconds(ms);
  if (cs === 0) return 'PT0S';
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor(cs / 6000) % 60;
  const centis = cs % 6000;
  let out = 'PT';
  if (hours > 0) out += `${hours}H`;
  if (minutes > 0) out += `${minutes}M`;
  if (centis > 0) {
    const whole = Math.floor(centis / 100);
    const fraction = centis % 100;
    out += fraction === 0 ? `${whole}S` : `${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}S`;
  }
  return out;
}
