import { describe, expect, test } from 'vitest';
import { Scorm12API } from 'scorm-again';
import { LmsConnection } from '../../src/adapters/lms-connection.ts';
import { SCORM12_RETRYABLE } from '../../src/adapters/scorm12/error-codes.ts';
import { scorm12Calls } from '../../src/adapters/scorm12/scorm12-api.ts';
import { StatusEmitter } from '../../src/status-emitter.ts';
import { collect } from '../support/fixtures.ts';

describe('LmsConnection against scorm-again', () => {
  test('a value the LMS refuses for good is dropped with a non-retrying status; the rest is committed', () => {
    const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
    api.LMSInitialize('');
    const emitter = new StatusEmitter();
    const { statuses, listener } = collect();
    emitter.on(listener);
    const lms = new LmsConnection(scorm12Calls(api), {
      emitter,
      retryable: SCORM12_RETRYABLE,
      commitName: 'LMSCommit',
    });
    lms.queue('cmi.core.score.raw', 'not a number');
    lms.queue('cmi.core.lesson_location', 'quiz');
    expect(lms.flush()).toBe(true);
    expect(statuses).toEqual([
      {
        kind: 'save-failed',
        retrying: false,
        detail: expect.stringContaining('SetValue("cmi.core.score.raw") failed: error 405'),
      },
    ]);
    expect(api.cmi.core.lesson_location).toBe('quiz');
    expect(lms.get('cmi.core.lesson_location')).toBe('quiz');
    expect(lms.get('cmi.no.such.element')).toBe('');
    expect(lms.trySet('cmi.core.lesson_status', 'not a status')).toBe(false);
    lms.close();
    expect(lms.flush()).toBe(false);
  });
});
