import { afterEach, describe, expect, test } from 'vitest';
import { Scorm12API } from 'scorm-again';
import { createTracker, formatScorm12Duration } from '../../../src/index.ts';
import type { TrackerOptions } from '../../../src/index.ts';
import {
  at,
  collect,
  countCalls,
  everyType,
  layout,
  richState,
  rightAnswer,
  stateAfterQuiz,
  wrongAnswer,
} from '../../support/fixtures.ts';

type Lms = InstanceType<typeof Scorm12API>;
const host = window as unknown as { API?: Lms };

/** scorm-again as the LMS: no HTTP (lmsCommitUrl false), no autocommit, quiet. */
function installLms(settings: Record<string, unknown> = {}, seed?: Record<string, unknown>): Lms {
  const api = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5, ...settings });
  if (seed) api.loadFromJSON(seed, '');
  host.API = api;
  return api;
}

/** The data model as the LMS would store it (write-only elements such as exit included). */
function stored(api: Lms): { core: Record<string, unknown> } & Record<string, unknown> {
  return (api.renderCMIToJSONObject() as { cmi: { core: Record<string, unknown> } }).cmi;
}

/** Every LMSSetValue the SCO made, as [element, value, what the LMS answered]. */
function writes(api: Lms): [string, string, string][] {
  const log: [string, string, string][] = [];
  const setValue = api.LMSSetValue.bind(api);
  api.LMSSetValue = (element: string, value: unknown) => {
    const result = setValue(element, value);
    log.push([element, String(value), String(result)]);
    return result;
  };
  return log;
}

const options: TrackerOptions = {
  target: 'scorm12',
  courseId: 'digital-safety',
  courseVersion: '1.0.0',
  layout,
};

afterEach(() => {
  delete host.API;
});

describe('SCORM 1.2 adapter against scorm-again', () => {
  test('a whole session: status, score, interactions, location, suspend data, session time, exit', async () => {
    const api = installLms();
    const log = writes(api);
    const tracker = createTracker(options);
    const info = await tracker.start();
    expect(info).toMatchObject({ connection: 'lms', standard: 'scorm12', credit: true, mode: 'normal' });
    expect(info.resume).toBeUndefined();
    expect(api.cmi.core.lesson_status).toBe('incomplete');

    tracker.progress('basics', 0.5);
    expect(api.cmi.core.lesson_location).toBe('basics');
    tracker.answered(rightAnswer);
    tracker.answered(wrongAnswer);
    tracker.save(stateAfterQuiz);
    tracker.scored({ raw: 1, min: 0, max: 2, scaled: 0.5 });
    tracker.completed();
    tracker.failed();
    tracker.passed();
    tracker.completed(); // never downgrades passed
    await tracker.finish('suspend');

    const cmi = api.cmi;
    expect(cmi.core.lesson_status).toBe('passed');
    expect(cmi.core.score.raw).toBe('50');
    expect(cmi.core.score.min).toBe('0');
    expect(cmi.core.score.max).toBe('100');
    expect(cmi.core.lesson_location).toBe('result');
    expect(stored(api).core.exit).toBe('suspend');
    expect(log.filter(([, , result]) => result !== 'true')).toEqual([]);
    const sessionTimes = log.filter(([element]) => element === 'cmi.core.session_time');
    expect(sessionTimes).toHaveLength(1);
    expect(sessionTimes[0]![1]).toMatch(/^\d{2,4}:\d{2}:\d{2}\.\d{2}$/);
    expect(stored(api).core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
    expect(cmi.suspend_data).toMatch(/^B[A-Za-z0-9_-]+$/);

    const data = stored(api);
    expect(at(data, 'interactions.0')).toMatchObject({
      id: 'q-safe-password',
      type: 'choice',
      student_response: 'a',
      result: 'correct',
      weighting: '1',
      latency: '00:00:12.34',
    });
    expect(at(data, 'interactions.0.correct_responses.0.pattern')).toBe('a');
    expect(at(data, 'interactions.0.time')).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(at(data, 'interactions.1')).toMatchObject({
      id: 'q-phishing',
      type: 'true-false',
      student_response: 't',
      result: 'wrong',
    });
    expect(at(data, 'interactions.1.correct_responses.0.pattern')).toBe('f');
    expect(at(data, 'interactions.2')).toBeUndefined();
  });

  test('a second session resumes from the stored data; the LMS mastery score is reported', async () => {
    const first = installLms();
    const tracker = createTracker(options);
    await tracker.start();
    tracker.save(stateAfterQuiz);
    await tracker.finish('suspend');
    const stored = first.cmi;

    installLms(
      {},
      {
        core: {
          entry: 'resume',
          lesson_location: stored.core.lesson_location,
          lesson_status: stored.core.lesson_status,
          student_id: 'u-17',
          student_name: 'Doe, Jo',
        },
        suspend_data: stored.suspend_data,
        student_data: { mastery_score: '80' },
        student_preference: { language: 'fr' },
      },
    );
    const info = await createTracker(options).start();
    expect(info.resume).toEqual(stateAfterQuiz);
    expect(info.masteryScore).toBe(80);
    expect(info.learner).toEqual({ id: 'u-17', name: 'Doe, Jo', language: 'fr' });
  });

  test('suspend data of another course version is ignored; a known bookmark still resumes', async () => {
    installLms({}, { core: { entry: 'resume', lesson_location: 'quiz' }, suspend_data: 'AZZZZZZgarbage' });
    const info = await createTracker(options).start();
    expect(info.resume).toEqual({ page: 'quiz', visited: [], answers: {} });
  });

  test.each(['review', 'browse'])('%s lesson mode writes nothing and commits nothing', async (mode) => {
    const api = installLms(
      {},
      {
        core: {
          lesson_mode: mode,
          lesson_status: 'failed',
          credit: 'no-credit',
          entry: 'resume',
          lesson_location: 'result',
          total_time: '0000:03:21.45',
          score: { raw: '40', min: '0', max: '100' },
        },
        suspend_data: 'Bkept',
      },
    );
    const before = stored(api);
    const log = writes(api);
    const commits = countCalls(api, 'LMSCommit');
    const tracker = createTracker(options);
    const info = await tracker.start();
    expect(info).toMatchObject({ mode, credit: false });
    tracker.progress('quiz', 1);
    tracker.answered(rightAnswer);
    tracker.scored({ raw: 2, min: 0, max: 2, scaled: 1 });
    tracker.passed();
    tracker.completed();
    tracker.save(stateAfterQuiz);
    await tracker.finish('normal');
    expect(log).toEqual([]);
    expect(commits.count).toBe(0);
    expect(stored(api)).toEqual(before);
  });

  test('a failing commit is retried with back-off, reports save-failed, and the latest state arrives', async () => {
    let failuresLeft = 3;
    const api = installLms({
      lmsCommitUrl: '/lms/commit',
      httpService: {
        processHttpRequest: () =>
          failuresLeft-- > 0 ? { result: 'false', errorCode: 101 } : { result: 'true', errorCode: 0 },
        updateSettings: () => {},
      },
    });
    const commits = countCalls(api, 'LMSCommit');
    const tracker = createTracker({ ...options, retryDelaysMs: [20, 40] });
    const { statuses, listener } = collect();
    tracker.onStatus(listener);
    await tracker.start(); // commit 1 fails
    tracker.save({ ...stateAfterQuiz, page: 'quiz', submitted: false }); // commit 2 fails
    tracker.save(stateAfterQuiz); // commit 3 fails; then the retry succeeds
    await expect.poll(() => statuses.at(-1)).toEqual({ kind: 'saved' });
    expect(statuses.filter((s) => s.kind === 'save-failed')).toHaveLength(3);
    expect(statuses[0]).toMatchObject({ kind: 'save-failed', retrying: true });
    expect((statuses[0] as { detail: string }).detail).toContain('LMSCommit failed: error 101');
    expect(commits.count).toBe(4);
    expect(api.cmi.suspend_data).toBeTruthy();
    const resumed = installLms({}, { suspend_data: api.cmi.suspend_data });
    expect((await createTracker(options).start()).resume).toEqual(stateAfterQuiz);
    expect(resumed).toBeDefined();
  });

  test('finish twice: one LMSFinish, the same promise', async () => {
    const api = installLms();
    const finishes = countCalls(api, 'LMSFinish');
    const tracker = createTracker(options);
    await tracker.start();
    const first = tracker.finish('suspend');
    const second = tracker.finish('normal');
    expect(second).toBe(first);
    await first;
    expect(finishes.count).toBe(1);
    expect(stored(api).core.exit).toBe('suspend');
  });

  test('a normal exit writes an empty cmi.core.exit', async () => {
    const api = installLms();
    const tracker = createTracker(options);
    await tracker.start();
    await tracker.finish('normal');
    expect(stored(api).core.exit).toBe('');
  });

  test('no API anywhere → local mode', async () => {
    const info = await createTracker(options).start();
    expect(info).toMatchObject({ connection: 'local', standard: 'local' });
  });

  test('an LMS refusing LMSInitialize → local mode', async () => {
    const api = installLms();
    api.LMSInitialize('');
    api.LMSFinish(''); // terminated: a new LMSInitialize fails
    const info = await createTracker(options).start();
    expect(info.connection).toBe('local');
  });

  test('one answer of every type and a two-decision scenario run, each accepted as a 1.2 interaction', async () => {
    const api = installLms();
    const log = writes(api);
    const tracker = createTracker(options);
    await tracker.start();
    for (const interaction of [rightAnswer, wrongAnswer, ...everyType]) tracker.answered(interaction);
    await tracker.finish('suspend');
    expect(log.filter(([, , result]) => result !== 'true')).toEqual([]);
    expect(api.lastErrorCode).toBe('0');

    const data = stored(api);
    const expected: [type: string, response: string | undefined, patterns: string[], result: string][] = [
      ['choice', 'a', ['a'], 'correct'],
      ['true-false', 't', ['f'], 'wrong'],
      ['choice', 'a,d', ['a,b,d'], 'wrong'],
      ['matching', '1.a,2.a', ['1.a,2.b'], 'wrong'],
      ['sequencing', 'b,a,c', ['a,b,c'], 'wrong'],
      ['fill-in', 'Hameçonnage', ['hameçonnage', 'phishing'], 'correct'],
      // 1.2 cannot express the range 25–30: no pattern.
      ['numeric', '27.5', [], 'correct'],
      ['likert', 'b', [], 'neutral'],
      ['choice', 'd', [], 'neutral'],
      ['choice', 'a', [], 'neutral'],
    ];
    const ids = ['q-safe-password', 'q-phishing', ...everyType.map((i) => i.id.replaceAll('.', '_'))];
    expected.forEach(([type, response, patterns, result], n) => {
      const source = [rightAnswer, wrongAnswer, ...everyType][n]!;
      expect(at(data, `interactions.${n}`), `interaction ${n}`).toMatchObject({
        id: ids[n],
        type,
        student_response: response,
        result,
        weighting: String(source.weighting),
      });
      // scorm-again stores latency normalised (`00:00:04`): check what was sent, and that it was accepted.
      expect(log).toContainEqual([
        `cmi.interactions.${n}.latency`,
        formatScorm12Duration(source.latencyMs),
        'true',
      ]);
      patterns.forEach((pattern, k) =>
        expect(at(data, `interactions.${n}.correct_responses.${k}.pattern`)).toBe(pattern),
      );
      expect(at(data, `interactions.${n}.correct_responses.${patterns.length}`)).toBeUndefined();
    });
    expect(at(data, 'interactions.8.id')).toBe('sc-call_1_1');
    expect(at(data, `interactions.${expected.length}`)).toBeUndefined();
  });

  test('resume of a state with every kind of answer, checklist ticks, a bank seed and a scenario path', async () => {
    const first = installLms();
    const tracker = createTracker(options);
    await tracker.start();
    tracker.save(richState);
    await tracker.finish('suspend');
    const data = first.cmi.suspend_data;
    expect(data).toMatch(/^B[A-Za-z0-9_-]+$/);

    installLms({}, { core: { entry: 'resume', lesson_location: 'quiz' }, suspend_data: data });
    expect((await createTracker(options).start()).resume).toEqual(richState);
  });
});
