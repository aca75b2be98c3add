/**
 * Milliseconds as an xAPI duration (ISO 8601, xAPI 1.0.3 §4.6): `PT1H2M3.45S`. Hours, minutes and seconds only
 * (no days, so durations add up without calendars), zero parts left out, seconds rounded to the centisecond
 * (xAPI 2.0 lets an LRS truncate beyond 0.01 s), `PT0S` for zero. Negative or non-finite input counts as 0.
 */
export function formatDuration(ms: number): string {
  const cs = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6_000);
  const centis = cs % 6_000;
  let out = 'PT';
  if (hours > 0) out += `${hours}H`;
  if (minutes > 0) out += `${minutes}M`;
  if (centis > 0 || out === 'PT') {
    const whole = Math.floor(centis / 100);
    const frac = centis % 100;
    out += frac === 0 ? `${whole}S` : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}S`;
  }
  return out;
}
