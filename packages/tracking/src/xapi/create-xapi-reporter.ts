import { uuidV4, type Agent, type RandomSource, type StatementContext } from '@dlis/xapi-profile';
import type { LessonMode } from '../tracker.ts';
import { DurableQueue } from './durable-queue.ts';
import { browserLocalStorage, createMemoryStore, type KeyValueStore } from './key-value-store.ts';
import { XapiClient } from './xapi-client.ts';
import { indexXapiCourse } from './xapi-course.ts';
import { reportExperiencedBlocks } from './experienced-blocks.ts';
import { XapiReporter, type RegistrationOutcomes } from './xapi-reporter.ts';
import type { XapiTrackingOptions } from './xapi-tracking-options.ts';

/** Player version in `context.platform` when the options give none. */
export const DEFAULT_PLAYER_VERSION = '0.1.0';

/** localStorage key of the statement queue of a course (one per course: each may report to another LRS). */
export function queueKey(courseId: string): string {
  return `dlis:xapi-queue:${courseId}`;
}

export interface ReporterSetup {
  xapi: XapiTrackingOptions;
  courseId: string;
  endpoint: string;
  authorization: string;
  actor: Agent;
  registration: string;
  /** The cmi5 session id from LaunchData's contextTemplate; else a new UUID. */
  sessionId?: string;
  /** The course's activity id: the launch's, else `courseActivityIri(courseId)`. */
  courseActivityId: string;
  language?: string;
  mode: LessonMode;
  resumed: boolean;
  cmi5?: StatementContext['cmi5'];
  /** cmi5 LaunchData moveOn (XapiReporterOptions.moveOn). */
  moveOn?: string;
  outcomes: RegistrationOutcomes;
  onOutcomes?: (outcomes: RegistrationOutcomes) => void;
  /** Where the player's block events arrive (its window): `experienced` process blocks. Absent: none reported. */
  events?: EventTarget;
}

/** The random source of the options, else Web Crypto. */
export function randomOf(xapi: XapiTrackingOptions): RandomSource {
  return xapi.random ?? ((bytes) => globalThis.crypto.getRandomValues(bytes));
}

/** The store of the options, else localStorage, else memory. */
export function storeOf(xapi: XapiTrackingOptions): KeyValueStore {
  return xapi.store ?? browserLocalStorage() ?? createMemoryStore();
}

/** Makes the statement context, the client, the durable queue and the reporter of one session. */
export function createXapiReporter(setup: ReporterSetup): XapiReporter {
  const { xapi } = setup;
  const random = randomOf(xapi);
  const client = new XapiClient({
    endpoint: setup.endpoint,
    authorization: setup.authorization,
    ...(xapi.fetch ? { fetch: xapi.fetch } : {}),
  });
  const sessionId = setup.sessionId ?? uuidV4(random);
  const queue = new DurableQueue({
    client,
    session: sessionId,
    // cmi5: an earlier session's statements never go with this session's token and context (durable-queue.ts).
    dropOtherSessions: setup.cmi5 !== undefined,
    store: storeOf(xapi),
    key: queueKey(setup.courseId),
    ...(xapi.backoff ? { backoff: xapi.backoff } : {}),
    ...(xapi.timers ? { timers: xapi.timers } : {}),
    ...(xapi.sendDelayMs !== undefined ? { sendDelayMs: xapi.sendDelayMs } : {}),
  });
  const ctx: StatementContext = {
    actor: setup.actor,
    registration: setup.registration,
    sessionId,
    course: { id: setup.courseActivityId, name: xapi.course.title, version: xapi.course.version },
    platform: `DLIS player ${xapi.playerVersion ?? DEFAULT_PLAYER_VERSION}`,
    ...(setup.language ? { language: setup.language } : {}),
    ...(setup.cmi5 ? { cmi5: setup.cmi5 } : {}),
    random,
  };
  const reporter = new XapiReporter({
    ctx,
    index: indexXapiCourse(xapi.course),
    defaultLanguage: xapi.course.defaultLanguage,
    ...(xapi.course.languages ? { languages: xapi.course.languages } : {}),
    queue,
    mode: setup.mode,
    resumed: setup.resumed,
    cmi5: setup.cmi5 !== undefined,
    ...(setup.moveOn ? { moveOn: setup.moveOn } : {}),
    outcomes: setup.outcomes,
    ...(setup.onOutcomes ? { onOutcomes: setup.onOutcomes } : {}),
    ...(xapi.now ? { now: xapi.now } : {}),
  });
  reportExperiencedBlocks(setup.events, reporter);
  return reporter;
}
