import { afterEach, describe, expect, test } from 'vitest';
import { Scorm2004API } from 'scorm-again';
import { createTracker, formatIso8601Duration } from '../../../src/index.ts';
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

type Lms = InstanceType<typeof Scorm2004API>;
const host = window as unknown as { API_1484_11?: Lms };

/** scorm-again as the LMS: no HTTP (lmsCommitUrl false), no autocommit, quiet. */
function installLms(settings: Record<string, unknown> = {}, seed?: Record<string, unknown>): Lms {
  const api = new Scorm2004API({ autocommit: false, lmsCommitUrl: false, logLevel: 5, ...settings });
  if (seed) api.loadFromJSON(seed, '');
  host.API_1484_11 = api;
  return api;
}

/** The data model as the LMS would store it (write-only elements included). */
function stored(api: Lms): Record<string, unknown> {
  return (api.renderCMIToJSONObject() as { cmi: Record<string, unknown> }).cmi;
}

/** Every SetValue the SCO made, as [element, value, what the LMS answered]. */
function writes(api: Lms): [string, string, string][] {
  const log: [string, string, string][] = [];
  const setValue = api.SetValue.bind(api);
  api.SetValue = (element: string, value: unknown) => {
    const result = setValue(element, value);
    log.push([element, String(value), String(result)]);
    return result;
  };
  return log;
}

const options: TrackerOptions = {
  target: 'scorm2004',
  courseId: 'digital-safety',
  courseVersion: '1.0.0',
  layout,
};

afterEach(() => {
  delete host.API_1484_11;
});

describe('SCORM 2004 adapter against scorm-again', () => {
  test('a whole session: statuses, score, progress, interactions, location, suspend data, exit, nav request', async () => {
    const api = installLms();
    const log = writes(api);
    const tracker = createTracker(options);
    const info = await tracker.start();
    expect(info).toMatchObject({ connection: 'lms', standard: 'scorm2004', credit: true, mode: 'normal' });
    expect(api.cmi.completion_status).toBe('incomplete');

    tracker.progress('basics', 0.25);
    expect(api.cmi.location).toBe('basics');
    tracker.answered({
      ...rightAnswer,
      result: 'incorrect',
      response: { type: 'choice', choices: ['short'] },
    });
    tracker.answered(wrongAnswer);
    tracker.answered(rightAnswer); // the same question again: updates entry 0
    tracker.progress('result', 1);
    tracker.save(stateAfterQuiz);
    tracker.scored({ raw: 1, min: 0, max: 2, scaled: 0.5 });
    tracker.completed();
    tracker.passed();
    tracker.failed(); // never downgrades passed
    await tracker.finish('suspend');

    const data = stored(api);
    expect(at(data, 'completion_status')).toBe('completed');
    expect(at(data, 'success_status')).toBe('passed');
    expect(at(data, 'progress_measure')).toBe('1');
    // A percentage, as Moodle grades from raw against a maximum grade of 100 (1 point of 2 → 50).
    expect(at(data, 'score')).toMatchObject({ scaled: '0.5', raw: '50', min: '0', max: '100' });
    expect(at(data, 'location')).toBe('result');
    expect(at(data, 'exit')).toBe('suspend');
    expect(at(data, 'suspend_data')).toMatch(/^B[A-Za-z0-9_-]+$/);
    const sessionTimes = log.filter(([element]) => element === 'cmi.session_time');
    expect(sessionTimes).toHaveLength(1);
    expect(sessionTimes[0]![1]).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    expect(log.filter(([, , result]) => result !== 'true')).toEqual([]);
    // Accepted by the LMS (scorm-again resets it to _none_ once Terminate has processed it).
    expect(log).toContainEqual(['adl.nav.request', 'suspendAll', 'true']);

    expect(at(data, 'interactions.0')).toMatchObject({
      id: 'urn:dlis:digital-safety:q-safe-password',
      type: 'choice',
      description: 'Which password is safest?',
      learner_response: 'long',
      result: 'correct',
      weighting: '1',
      latency: 'PT12.34S',
      timestamp: '2026-11-28T10:00:00.00Z',
    });
    expect(at(data, 'interactions.0.correct_responses.0.pattern')).toBe('long');
    expect(at(data, 'interactions.1')).toMatchObject({
      id: 'urn:dlis:digital-safety:q-phishing',
      type: 'true-false',
      learner_response: 'true',
      result: 'incorrect',
    });
    expect(at(data, 'interactions.1.correct_responses.0.pattern')).toBe('false');
    expect(at(data, 'interactions.2')).toBeUndefined();
  });

  test('values are set as they come and committed only by a committing save() and by finish()', async () => {
    const api = installLms();
    const commits = countCalls(api, 'Commit');
    const tracker = createTracker(options);
    await tracker.start();
    expect(commits.count).toBe(1); // incomplete + exit suspend, so a lost window keeps the attempt
    tracker.progress('quiz', 0.5);
    expect(api.cmi.location).toBe('quiz');
    tracker.answered(rightAnswer);
    tracker.answered(wrongAnswer);
    tracker.save(stateAfterQuiz, { commit: false });
    expect(commits.count).toBe(1);
    expect(at(stored(api), 'interactions.1.id')).toBe('urn:dlis:digital-safety:q-phishing');
    tracker.scored({ raw: 1, min: 0, max: 2, scaled: 0.5 });
    tracker.completed();
    tracker.failed();
    tracker.save(stateAfterQuiz);
    expect(commits.count).toBe(2);
    await tracker.finish('normal');
    expect(commits.count).toBe(3);
  });

  test('a second session resumes, updates the stored interaction, reports the LMS passing score and threshold', async () => {
    const first = installLms();
    const tracker = createTracker(options);
    await tracker.start();
    tracker.answered(wrongAnswer);
    tracker.save(stateAfterQuiz);
    await tracker.finish('suspend');
    const previous = stored(first);

    const second = installLms(
      {},
      {
        entry: 'resume',
        location: previous.location,
        suspend_data: previous.suspend_data,
        completion_status: 'incomplete',
        learner_id: 'u-17',
        learner_name: 'Doe, Jo',
        learner_preference: { language: 'fr' },
        scaled_passing_score: '0.8',
        completion_threshold: '0.9',
        interactions: previous.interactions,
      },
    );
    const log = writes(second);
    const resumed = createTracker(options);
    const info = await resumed.start();
    expect(info.resume).toEqual(stateAfterQuiz);
    expect(info.masteryScore).toBe(80);
    expect(info.completionThreshold).toBe(0.9);
    expect(info.learner).toEqual({ id: 'u-17', name: 'Doe, Jo', language: 'fr' });
    resumed.answered({ ...wrongAnswer, response: { type: 'true-false', value: false }, result: 'correct' });
    await resumed.finish('normal');
    const data = stored(second);
    expect(at(data, 'interactions.0')).toMatchObject({
      id: 'urn:dlis:digital-safety:q-phishing',
      result: 'correct',
      learner_response: 'false',
    });
    expect(at(data, 'interactions.1')).toBeUndefined();
    // A finished attempt keeps its data for review (Moodle drops it after a `normal` exit); the learner is done.
    expect(at(data, 'exit')).toBe('suspend');
    expect(log).toContainEqual(['adl.nav.request', 'exitAll', 'true']);
  });

  test.each(['review', 'browse'])('%s mode writes nothing and commits nothing', async (mode) => {
    const api = installLms(
      {},
      {
        mode,
        credit: 'no-credit',
        entry: 'resume',
        completion_status: 'incomplete',
        success_status: 'failed',
        location: 'result',
        suspend_data: 'Bkept',
        exit: 'suspend',
        total_time: 'PT3M21.45S',
      },
    );
    const before = stored(api);
    const log = writes(api);
    const commits = countCalls(api, 'Commit');
    const tracker = createTracker(options);
    expect((await tracker.start()).mode).toBe(mode);
    tracker.progress('quiz', 1);
    tracker.answered(rightAnswer);
    tracker.scored({ raw: 2, min: 0, max: 2, scaled: 1 });
    tracker.completed();
    tracker.passed();
    tracker.save(stateAfterQuiz);
    await tracker.finish('normal');
    expect(log).toEqual([]);
    expect(commits.count).toBe(0);
    expect(stored(api)).toEqual(before);
  });

  test('a failing Commit (391) is retried, reports save-failed, and the latest state arrives', async () => {
    let failuresLeft = 2;
    const api = installLms({
      lmsCommitUrl: '/lms/commit',
      httpService: {
        processHttpRequest: () =>
          failuresLeft-- > 0 ? { result: 'false', errorCode: 391 } : { result: 'true', errorCode: 0 },
        updateSettings: () => {},
      },
    });
    const tracker = createTracker({ ...options, retryDelaysMs: [20] });
    const { statuses, listener } = collect();
    tracker.onStatus(listener);
    await tracker.start();
    tracker.save(stateAfterQuiz);
    await expect.poll(() => statuses.at(-1)).toEqual({ kind: 'saved' });
    expect(statuses.filter((s) => s.kind === 'save-failed')).toEqual([
      expect.objectContaining({
        retrying: true,
        detail: expect.stringContaining('Commit failed: error 391'),
      }),
      expect.objectContaining({ retrying: true }),
    ]);
    expect(at(stored(api), 'suspend_data')).toMatch(/^B/);
  });

  test('finish twice: one Terminate', async () => {
    const api = installLms();
    const terminates = countCalls(api, 'Terminate');
    const tracker = createTracker(options);
    await tracker.start();
    const log = writes(api);
    await Promise.all([tracker.finish('normal'), tracker.finish('suspend')]);
    expect(terminates.count).toBe(1);
    expect(log.filter(([element]) => element === 'adl.nav.request')).toEqual([
      ['adl.nav.request', 'exitAll', 'true'],
    ]);
  });

  test('no API → local mode', async () => {
    expect((await createTracker(options).start()).connection).toBe('local');
  });

  test('one answer of every type and a two-decision scenario run, each accepted as a 2004 interaction', async () => {
    const api = installLms();
    const log = writes(api);
    const tracker = createTracker(options);
    await tracker.start();
    const all = [rightAnswer, wrongAnswer, ...everyType];
    for (const interaction of all) tracker.answered(interaction);
    // Answering again updates the entry: no new one.
    tracker.answered({ ...everyType[1]!, response: everyType[1]!.correctResponses[0]!, result: 'correct' });
    await tracker.finish('suspend');
    expect(log.filter(([, , result]) => result !== 'true')).toEqual([]);
    expect(api.lastErrorCode).toBe('0');

    const data = stored(api);
    const expected: [type: string, response: string, patterns: string[], result: string][] = [
      ['choice', 'long', ['long'], 'correct'],
      ['true-false', 'true', ['false'], 'incorrect'],
      ['choice', 'sender[,]link', ['sender[,]urgency[,]link'], 'incorrect'],
      ['matching', 'phishing[.]report[,]spam[.]delete', ['phishing[.]report[,]spam[.]delete'], 'correct'],
      ['sequencing', 'report[,]lock[,]change', ['lock[,]report[,]change'], 'incorrect'],
      [
        'fill-in',
        '{lang=fr}Hameçonnage',
        ['{lang=fr}hameçonnage', '{case_matters=true}{lang=en}phishing'],
        'correct',
      ],
      ['numeric', '27.5', ['25[:]30'], 'correct'],
      ['likert', 'medium', [], 'neutral'],
      ['choice', 'ask', [], 'neutral'],
      ['choice', 'hang_up', [], 'neutral'],
    ];
    expected.forEach(([type, response, patterns, result], n) => {
      const source = all[n]!;
      expect(at(data, `interactions.${n}`), `interaction ${n}`).toMatchObject({
        id: `urn:dlis:digital-safety:${source.id}`,
        type,
        description: source.description,
        learner_response: response,
        result,
        weighting: String(source.weighting),
        latency: formatIso8601Duration(source.latencyMs),
        timestamp: source.timestamp.toISOString().slice(0, 22) + 'Z',
      });
      patterns.forEach((pattern, k) =>
        expect(at(data, `interactions.${n}.correct_responses.${k}.pattern`)).toBe(pattern),
      );
      expect(at(data, `interactions.${n}.correct_responses.${patterns.length}`)).toBeUndefined();
    });
    expect(at(data, 'interactions.9.id')).toBe('urn:dlis:digital-safety:sc-call.1.2');
    expect(at(data, `interactions.${expected.length}`)).toBeUndefined();
  });

  test('resume of a state with every kind of answer, checklist ticks, a bank seed and a scenario path', async () => {
    const first = installLms();
    const tracker = createTracker(options);
    await tracker.start();
    tracker.save(richState);
    await tracker.finish('suspend');
    const previous = stored(first);
    expect(previous.suspend_data).toMatch(/^B[A-Za-z0-9_-]+$/);

    installLms({}, { entry: 'resume', location: previous.location, suspend_data: previous.suspend_data });
    expect((await createTracker(options).start()).resume).toEqual(richState);
  });
});
