import { ActivityTypeIri, ResultExtensionIri } from './iris.ts';
import { makeStatement } from './make-statement.ts';
import { buildContext, courseContextActivity, type StatementContext } from './statement-context.ts';
import { formatDuration } from './format-duration.ts';
import type { Activity, LanguageMap, Statement } from './xapi-statement.ts';

/** When something happened, for statements that carry nothing else. */
export interface TimedEvent {
  timestamp: Date;
}

/** An event that closes a span of time (session, suspension). */
export interface SessionEndEvent extends TimedEvent {
  /** Time since the session started (`initialized`), in milliseconds. */
  sessionDurationMs: number;
}

export interface PageViewedEvent extends TimedEvent {
  /** Activity id of the page (`activityIri.page()`). */
  pageActivityId: string;
  /** Page title in the languages available. */
  name: LanguageMap;
  /** Time spent on the page before this statement, in milliseconds, when known. */
  durationMs?: number;
}

/** A process block the learner went through (its last step shown, or all its steps at once). */
export interface ProcessExperiencedEvent extends TimedEvent {
  /** Activity id of the block (`activityIri.block()`). */
  blockActivityId: string;
  /** The block's title in the languages available (the page title when the block has none). */
  name: LanguageMap;
  /** The page the block is on (parent). */
  page: { activityId: string; name?: LanguageMap };
}

export interface ProgressEvent extends TimedEvent {
  /** Course progress 0..1 (sent as the cmi5 progress extension, integer percent). */
  measure: number;
}

/** The course as the statement object. */
export function courseActivity(ctx: StatementContext): Activity {
  const { id, definition } = courseContextActivity(ctx);
  return { objectType: 'Activity', id, ...(definition ? { definition } : {}) };
}

/** `initialized` the course: the first statement of every session (cmi5-defined). */
export function buildInitialized(ctx: StatementContext, event: TimedEvent): Statement {
  return makeStatement(
    ctx,
    'initialized',
    courseActivity(ctx),
    event.timestamp,
    buildContext(ctx, { cmi5: 'defined' }),
  );
}

/** `resumed` the course: right after `initialized` when the learner comes back to a suspended attempt. */
export function buildResumed(ctx: StatementContext, event: TimedEvent): Statement {
  return makeStatement(ctx, 'resumed', courseActivity(ctx), event.timestamp, buildContext(ctx));
}

/** `experienced` a page: one per page view; parent the course. */
export function buildExperiencedPage(ctx: StatementContext, event: PageViewedEvent): Statement {
  const page: Activity = {
    objectType: 'Activity',
    id: event.pageActivityId,
    definition: { type: ActivityTypeIri.lesson, name: event.name },
  };
  const result = event.durationMs !== undefined ? { duration: formatDuration(event.durationMs) } : undefined;
  const context = buildContext(ctx, { parent: [courseContextActivity(ctx)] });
  return makeStatement(ctx, 'experienced', page, event.timestamp, context, result);
}

/** `experienced` a process block: once per attempt and block; parent the page, grouping the course. */
export function buildExperiencedProcess(ctx: StatementContext, event: ProcessExperiencedEvent): Statement {
  const block: Activity = {
    objectType: 'Activity',
    id: event.blockActivityId,
    definition: { type: ActivityTypeIri.process, name: event.name },
  };
  const page: Activity = {
    objectType: 'Activity',
    id: event.page.activityId,
    definition: { type: ActivityTypeIri.lesson, ...(event.page.name ? { name: event.page.name } : {}) },
  };
  const context = buildContext(ctx, { parent: [page], grouping: [courseContextActivity(ctx)] });
  return makeStatement(ctx, 'experienced', block, event.timestamp, context);
}

/** `progressed` in the course: progress as an integer percent (cmi5 progress extension). */
export function buildProgressed(ctx: StatementContext, event: ProgressEvent): Statement {
  const percent = Math.round(Math.min(1, Math.max(0, event.measure)) * 100);
  return makeStatement(ctx, 'progressed', courseActivity(ctx), event.timestamp, buildContext(ctx), {
    extensions: { [ResultExtensionIri.progress]: percent },
  });
}

/** `suspended` the course: the learner leaves and will come back (followed by `terminated`). */
export function buildSuspended(ctx: StatementContext, event: SessionEndEvent): Statement {
  return makeStatement(ctx, 'suspended', courseActivity(ctx), event.timestamp, buildContext(ctx), {
    duration: formatDuration(event.sessionDurationMs),
  });
}

/** `terminated` the course: the last statement of every session, with the session duration (cmi5-defined). */
export function buildTerminated(ctx: StatementContext, event: SessionEndEvent): Statement {
  return makeStatement(
    ctx,
    'terminated',
    courseActivity(ctx),
    event.timestamp,
    buildContext(ctx, { cmi5: 'defined' }),
    { duration: formatDuration(event.sessionDurationMs) },
  );
}
