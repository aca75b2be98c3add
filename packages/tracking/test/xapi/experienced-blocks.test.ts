import {
  activityIri,
  ActivityTypeIri,
  courseActivityIri,
  uuidV4,
  validateStatementAgainstProfile,
  type Statement,
} from '@dlis/xapi-profile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore, type LessonMode, type RegistrationOutcomes } from '@dlis/tracking';
import { createXapiReporter } from '../../src/xapi/create-xapi-reporter.ts';
import { course, startLauncherLrs, statementRecorder, type LauncherLrs } from './support/cmi5-launcher.ts';

const random = (bytes: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(bytes);
const COURSE = courseActivityIri(course.id);
const REGISTRATION = uuidV4(random);
const experienced = (blockId: unknown) => new CustomEvent('dlis-experienced', { detail: { blockId } });

describe('experienced process blocks: the player event becomes one statement per attempt and block', () => {
  let lrs: LauncherLrs;
  beforeEach(async () => {
    lrs = await startLauncherLrs();
  });
  afterEach(async () => {
    await lrs.running.close();
  });

  /** One session on `events`, from the outcomes an earlier one left; what it posted and the outcomes it kept. */
  async function session(
    events: EventTarget,
    send: () => void,
    { outcomes = {}, mode = 'normal' }: { outcomes?: RegistrationOutcomes; mode?: LessonMode } = {},
  ) {
    const recorder = statementRecorder();
    let kept = outcomes;
    const reporter = createXapiReporter({
      xapi: { identity: 'pseudonymous', course, fetch: recorder.fetch, store: createMemoryStore(), random },
      courseId: course.id,
      endpoint: lrs.endpoint,
      authorization: lrs.authorization,
      actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'learner-4711' } },
      registration: REGISTRATION,
      courseActivityId: COURSE,
      language: 'en',
      mode,
      resumed: false,
      outcomes,
      onOutcomes: (changed) => (kept = changed),
      events,
    });
    reporter.begin();
    send();
    await reporter.finish('suspend');
    await reporter.queue.flush();
    reporter.queue.dispose();
    const posted = recorder.posted as unknown as Statement[];
    return { kept, blocks: posted.filter((s) => s.object.id.includes('/blocks/')) };
  }

  it('sends the exact statement once, however often the event comes; other ids and malformed events send nothing', async () => {
    const events = new EventTarget();
    const { kept, blocks } = await session(events, () => {
      events.dispatchEvent(experienced('report-steps'));
      events.dispatchEvent(experienced('report-steps'));
      events.dispatchEvent(experienced('m1'));
      events.dispatchEvent(experienced(42));
      events.dispatchEvent(new CustomEvent('dlis-experienced'));
    });
    expect(blocks).toHaveLength(1);
    const [statement] = blocks;
    expect(statement?.verb.id).toBe('http://adlnet.gov/expapi/verbs/experienced');
    expect(statement?.object).toEqual({
      objectType: 'Activity',
      id: `${COURSE}/pages/intro/blocks/report-steps`,
      definition: { type: ActivityTypeIri.process, name: { en: 'Report a hacked account' } },
    });
    expect(statement?.context?.contextActivities?.parent).toEqual([
      {
        objectType: 'Activity',
        id: activityIri.page(COURSE, 'intro'),
        definition: { type: ActivityTypeIri.lesson, name: { en: 'Introduction' } },
      },
    ]);
    expect(statement?.context?.contextActivities?.grouping?.[0]?.id).toBe(COURSE);
    expect(validateStatementAgainstProfile(statement).failures).toEqual([]);
    expect(kept).toEqual({ experienced: ['report-steps'] });
  });

  it('a resumed attempt remembers the block: no second statement; a new attempt sends it again', async () => {
    const first = new EventTarget();
    const { kept } = await session(first, () => first.dispatchEvent(experienced('report-steps')));
    const again = new EventTarget();
    const resumed = await session(again, () => again.dispatchEvent(experienced('report-steps')), {
      outcomes: kept,
    });
    expect(resumed.blocks).toEqual([]);
    const fresh = new EventTarget();
    const newAttempt = await session(fresh, () => fresh.dispatchEvent(experienced('report-steps')));
    expect(newAttempt.blocks).toHaveLength(1);
  });

  it('browse and review modes send nothing for it (like answers), and nothing after the session ended', async () => {
    for (const mode of ['browse', 'review'] as const) {
      const events = new EventTarget();
      const { blocks } = await session(events, () => events.dispatchEvent(experienced('report-steps')), {
        mode,
      });
      expect(blocks).toEqual([]);
    }
    const events = new EventTarget();
    const { blocks } = await session(events, () => {});
    events.dispatchEvent(experienced('report-steps'));
    expect(blocks).toEqual([]);
  });
});
