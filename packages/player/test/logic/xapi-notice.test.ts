import { describe, expect, test } from 'vitest';
import { XAPI_WAITING_AFTER_FAILURES, xapiNotice } from '../../src/logic/xapi-notice.ts';
import type { XapiMessageKey } from '../../src/i18n/xapi/xapi-messages.ts';
import type { QueueStatus } from '@dlis/tracking';
import { queueStatus, unreachable } from '../fixtures/queue-status.ts';

const queue = queueStatus;
const rejected = { code: 'XAPI_E_REJECTED', detail: '401', status: 401 } as const;

/** Feeds a sequence of queue snapshots as the session controller does; returns the notice after each. */
function run(statuses: QueueStatus[]): (XapiMessageKey | undefined)[] {
  let shown: XapiMessageKey | undefined;
  return statuses.map((status) => (shown = xapiNotice(status, shown)));
}

describe('xapiNotice', () => {
  test('normal sending says nothing', () => {
    expect(
      run([
        queue({ pending: 1 }),
        queue({ state: 'sending', pending: 1 }),
        queue({ state: 'idle', pending: 0 }),
      ]),
    ).toEqual([undefined, undefined, undefined]);
  });

  test('one failed attempt fixed by the first retry says nothing (no alarm for a short retry)', () => {
    expect(XAPI_WAITING_AFTER_FAILURES).toBeGreaterThan(1);
    expect(
      run([
        queue({ state: 'sending', pending: 2 }),
        queue({ state: 'waiting', pending: 2, failures: 1, retryInMs: 900, error: unreachable }),
        queue({ state: 'sending', pending: 2, failures: 1, error: unreachable }),
        queue({ state: 'idle', pending: 0 }),
      ]),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });

  test('an outage: "waiting to be sent" from the second failure, kept while retrying, then "sent"', () => {
    expect(
      run([
        queue({ state: 'waiting', pending: 2, failures: 1, error: unreachable }),
        queue({ state: 'waiting', pending: 3, failures: 2, error: unreachable }),
        queue({ state: 'sending', pending: 3, failures: 2, error: unreachable }),
        queue({ state: 'waiting', pending: 4, failures: 3, error: unreachable }),
        queue({ state: 'sending', pending: 4, failures: 3, error: unreachable }),
        queue({ state: 'idle', pending: 0 }),
        queue({ state: 'idle', pending: 1 }),
      ]),
    ).toEqual([
      undefined,
      'xapiWaiting',
      'xapiWaiting',
      'xapiWaiting',
      'xapiWaiting',
      'xapiSent',
      'xapiSent',
    ]);
  });

  test('statements still pending after a success keep "waiting" until all are sent', () => {
    expect(
      run([
        queue({ state: 'waiting', pending: 5, failures: 2, error: unreachable }),
        queue({ state: 'sending', pending: 2 }),
        queue({ state: 'idle', pending: 0 }),
      ]),
    ).toEqual(['xapiWaiting', 'xapiWaiting', 'xapiSent']);
  });

  test('blocked: refused with statements kept, reporting that could not start', () => {
    expect(xapiNotice(queue({ state: 'blocked', pending: 3, failures: 1, error: rejected }), undefined)).toBe(
      'xapiRejected',
    );
    expect(xapiNotice(queue({ state: 'blocked', pending: 0, failures: 1, error: rejected }), undefined)).toBe(
      'xapiUnavailable',
    );
  });

  test('storage refusing writes and a full queue are said, and "sent" follows once they are over', () => {
    const storage = { code: 'XAPI_E_STORAGE', detail: 'QuotaExceededError' } as const;
    expect(
      run([
        queue({ state: 'sending', pending: 1, durable: false, storageError: storage }),
        queue({ state: 'idle', pending: 0 }),
        queue({ state: 'waiting', pending: 500, full: true, failures: 9, error: unreachable }),
        queue({ state: 'sending', pending: 100 }),
        queue({ state: 'idle', pending: 0 }),
      ]),
    ).toEqual(['xapiNotKept', 'xapiSent', 'xapiFull', 'xapiWaiting', 'xapiSent']);
  });
});
