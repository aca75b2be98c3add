import {
  activityIri,
  courseActivityIri,
  uuidV4,
  validateStatementAgainstProfile,
  validateStatementSequence,
} from '@dlis/xapi-profile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InteractionRecord, QuestionnaireOutcome } from '@dlis/tracking';
import { createXapiReporter } from '../../src/xapi/create-xapi-reporter.ts';
import { createMemoryStore } from '@dlis/tracking';
import type { XapiReporter } from '@dlis/tracking';
import { everyType, rightAnswer } from '../support/fixtures.ts';
import {
  course,
  startLauncherLrs,
  statementRecorder,
  storedStatements,
  verbOf,
  type LauncherLrs,
} from './support/cmi5-launcher.ts';
import { independentProblems } from '../../../../tests/support/independent-validator.ts';

const random = (bytes: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(bytes);
const COURSE = courseActivityIri(course.id);

const item: InteractionRecord = {
  id: '1.1',
  type: 'likert',
  description: 'I can find an official form online.',
  response: { type: 'likert', choice: '4' },
  correctPatterns: { scorm12: [], scorm2004: [], xapi: [] },
  result: 'neutral',
  weighting: 0,
  latencyMs: 2500,
  timestamp: new Date(),
  questionnaire: 'agility',
};

const outcome: QuestionnaireOutcome = {
  questionnaireId: 'agility',
  name: { en: 'Digital agility index' },
  index: 62.5,
  level: 3,
  dimensions: { D1: 62.5, D2: null },
  model: { id: 'dlis-agility', version: '1.0.0' },
  researchConsent: false,
  background: { Q1: 'FR' },
  durationMs: 600_000,
  timestamp: new Date(),
};

describe('XapiReporter: what each Tracker call sends', () => {
  let lrs: LauncherLrs;
  let reporter: XapiReporter;
  let posted: Record<string, unknown>[];
  beforeEach(async () => {
    lrs = await startLauncherLrs();
    const recorder = statementRecorder();
    posted = recorder.posted;
    reporter = createXapiReporter({
      xapi: { identity: 'pseudonymous', course, fetch: recorder.fetch, store: createMemoryStore(), random },
      courseId: course.id,
      endpoint: lrs.endpoint,
      authorization: lrs.authorization,
      actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-4711' } },
      registration: uuidV4(random),
      courseActivityId: COURSE,
      language: 'en',
      mode: 'normal',
      resumed: false,
      outcomes: {},
    });
  });
  afterEach(async () => {
    reporter.queue.dispose();
    await lrs.running.close();
  });

  it('answers: questions with their components and page, decisions with their situation, questionnaire items', async () => {
    reporter.begin();
    reporter.progress('quiz', 0.5);
    for (const record of [rightAnswer, ...everyType]) reporter.answered(record);
    reporter.answered(item);
    reporter.questionnaireCompleted(outcome);
    await reporter.finish('normal');
    await reporter.queue.flush();
    const stored = await storedStatements(lrs);
    expect(stored).toHaveLength(posted.length);
    expect(validateStatementSequence(stored).sessions.map((c) => c.problem ?? c.outcome)).toEqual([
      'success',
    ]);

    const byObject = new Map(stored.map((s) => [s.object.id, s]));
    const password = byObject.get(activityIri.question(COURSE, 'q-safe-password'));
    expect(password?.object.definition?.['choices']).toEqual([
      { id: 'long', description: { en: 'A long passphrase' } },
      { id: 'short', description: { en: 'A short word' } },
    ]);
    expect(password?.context?.contextActivities?.['parent']?.[0]?.id).toBe(activityIri.page(COURSE, 'quiz'));
    const decision = byObject.get(activityIri.situation(COURSE, 'sc-call', 's1'));
    expect(decision?.context?.contextActivities?.['parent']?.[0]?.id).toBe(
      activityIri.scenario(COURSE, 'sc-call'),
    );
    const answeredItem = byObject.get(activityIri.questionnaireItem(COURSE, 'agility', '1.1'));
    expect(answeredItem?.result?.['response']).toBe('4');
    expect(answeredItem?.context?.contextActivities?.['parent']?.[0]?.id).toBe(
      activityIri.questionnaire(COURSE, 'agility'),
    );
    const completed = byObject.get(activityIri.questionnaire(COURSE, 'agility'));
    expect(verbOf(completed ?? { verb: { id: '' } })).toBe('completed');
    // No research consent: the background answers stay in the browser.
    expect(JSON.stringify(completed)).not.toContain('"Q1"');
    for (const statement of posted) {
      expect(validateStatementAgainstProfile(statement).failures).toEqual([]);
      expect(independentProblems(statement)).toEqual([]);
    }
  });

  it('answered carries the points earned: result.score raw, min 0, max = points, scaled', async () => {
    reporter.begin();
    reporter.answered({ ...rightAnswer, weighting: 4, score: { raw: 3, max: 4 } });
    reporter.answered({ ...rightAnswer, id: 'q-none' }); // no score given: none sent
    // A scenario choice that costs points: min follows raw below 0, scaled stays in [-1, 1].
    reporter.answered({ ...rightAnswer, id: 'q-neg', score: { raw: -2, max: 1 } });
    await reporter.finish('normal');
    await reporter.queue.flush();
    const answered = (await storedStatements(lrs)).filter((s) => verbOf(s) === 'answered');
    expect(answered.map((s) => s.result?.score)).toEqual([
      { raw: 3, min: 0, max: 4, scaled: 0.75 },
      undefined,
      { raw: -2, min: -2, max: 1, scaled: -1 },
    ]);
    for (const statement of posted) expect(independentProblems(statement)).toEqual([]);
  });

  it('timestamps strictly increase in call order, so initialized is first and terminated last', async () => {
    const frozen = 1_800_000_000_000;
    const r = createXapiReporter({
      xapi: { identity: 'pseudonymous', course, store: createMemoryStore(), random, now: () => frozen },
      courseId: course.id,
      endpoint: lrs.endpoint,
      authorization: lrs.authorization,
      actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'x' } },
      registration: uuidV4(random),
      courseActivityId: COURSE,
      mode: 'normal',
      resumed: true,
      outcomes: {},
    });
    r.begin();
    r.progress('intro', 1);
    r.completed();
    await r.finish('suspend');
    await r.queue.flush();
    r.queue.dispose();
    const stored = await storedStatements(lrs);
    expect(stored.map(verbOf)).toEqual([
      'initialized',
      'resumed',
      'experienced',
      'progressed',
      'completed',
      'suspended',
      'terminated',
    ]);
    expect(stored.map((s) => Date.parse(s.timestamp) - frozen)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
