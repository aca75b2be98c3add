/**
 * Whether the current event is a `pagehide` (the page is being unloaded or put in the bfcache; it is hidden then):
 * a reload and a closed tab look the same from here, so a cmi5 session is only parked (launch-adapter.ts).
 */
export function pageLeaving(win: Window | undefined): boolean {
  try {
    const current = (win as (Window & { event?: Event }) | undefined)?.event;
    return current?.type === 'pagehide' || win?.document?.visibilityState === 'hidden';
  } catch {
    return false;
  }
}
