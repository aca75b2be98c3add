import type { QueueStatus } from '@dlis/tracking';
import type { XapiMessageKey } from '../i18n/xapi/xapi-messages.ts';

/**
 * Failed attempts in a row before "waiting to be sent" is shown: one failed attempt that the first retry (about a
 * second later) fixes is not worth an announcement.
 */
export const XAPI_WAITING_AFTER_FAILURES = 2;

/**
 * The xAPI news to show for a queue status (a `TrackerStatus` of kind 'xapi'), given the one shown now:
 * - storage refusing writes → `xapiNotKept`; the queue full → `xapiFull`;
 * - `blocked` (refused for good): with statements kept → `xapiRejected`; with nothing queued (reporting could not
 *   start) → `xapiUnavailable`. An unreachable LRS never blocks: the queue waits and retries;
 * - `waiting` after XAPI_WAITING_AFTER_FAILURES failed attempts in a row → `xapiWaiting`;
 * - after a problem was shown: `xapiSent` once nothing is pending, else `xapiWaiting` while statements remain;
 * - otherwise what is shown stays (sending, a short retry, a later successful send).
 */
export function xapiNotice(
  queue: QueueStatus,
  shown: XapiMessageKey | undefined,
): XapiMessageKey | undefined {
  if (!queue.durable) return 'xapiNotKept';
  if (queue.full) return 'xapiFull';
  if (queue.state === 'blocked') {
    return queue.pending > 0 ? 'xapiRejected' : 'xapiUnavailable';
  }
  if (queue.state === 'waiting' && queue.failures >= XAPI_WAITING_AFTER_FAILURES) return 'xapiWaiting';
  const problem = shown !== undefined && shown !== 'xapiSent';
  if (!problem) return shown;
  if (queue.pending === 0) return queue.state === 'idle' ? 'xapiSent' : shown;
  return 'xapiWaiting';
}
