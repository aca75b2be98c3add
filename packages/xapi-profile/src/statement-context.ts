import { ActivityTypeIri, CategoryIri, ContextExtensionIri } from './iris.ts';
import type { RandomSource } from './uuid-v4.ts';
import type { Agent, Context, ContextActivities, ContextActivity, LanguageMap } from './xapi-statement.ts';

/** What every statement of a session shares; made once at launch. */
export interface StatementContext {
  /** `createActor()`: a pseudonymous account unless the course opts in. */
  actor: Agent;
  /** UUID of the attempt (cmi5/xAPI: from the launch; otherwise one made per attempt and kept with the state). */
  registration: string;
  /** UUID of this session (launch to finish): the cmi5 session id, or one made at start. */
  sessionId: string;
  /** The course (for cmi5 the AU): id from the launch or `courseActivityIri()`, name in the course languages. */
  course: { id: string; name?: LanguageMap; version?: string };
  /** BCP 47 tag of the language the learner uses (`fr`, `en`). */
  language?: string;
  /** The software that sends: `DLIS player 0.1.0`. */
  platform?: string;
  /** Activities grouping the course (a programme, a module), added to every statement's `grouping`. */
  grouping?: ContextActivity[];
  /**
   * Present for a cmi5 launch: cmi5-defined statements (initialized, completed, passed, failed, terminated) then
   * carry the cmi5 category, completed/passed/failed the moveon category, passed/failed the mastery score.
   * `contextTemplate` is LMS.LaunchData's, merged into every statement (cmi5, xAPI State Data Model).
   */
  cmi5?: {
    masteryScore?: number;
    contextTemplate?: { contextActivities?: ContextActivities; extensions?: Record<string, unknown> };
  };
  /** Values of the course variables (conditional content), by variable id; sent as the course-variables extension. */
  variables?: Readonly<Record<string, string>>;
  /** Fills a byte array with random values (crypto.getRandomValues in browsers, seeded in tests). */
  random: RandomSource;
}

/** Which cmi5 categories a statement carries (only for a cmi5 launch). */
export type Cmi5Kind = 'none' | 'defined' | 'moveOn';

/** @internal Builds `context` for one statement: registration, activities, language, platform, session id, profile category. */
export function buildContext(
  ctx: StatementContext,
  opts: {
    parent?: ContextActivity[];
    grouping?: ContextActivity[];
    cmi5?: Cmi5Kind;
    extensions?: Record<string, unknown>;
    masteryScore?: boolean;
  } = {},
): Context {
  const template = ctx.cmi5?.contextTemplate;
  const kind = ctx.cmi5 === undefined ? 'none' : (opts.cmi5 ?? 'none');
  const category: ContextActivity[] = [
    ...(template?.contextActivities?.category ?? []),
    categoryActivity(CategoryIri.dlis),
  ];
  if (kind !== 'none') category.push(categoryActivity(CategoryIri.cmi5));
  if (kind === 'moveOn') category.push(categoryActivity(CategoryIri.moveOn));
  const grouping = [
    ...(template?.contextActivities?.grouping ?? []),
    ...(opts.grouping ?? []),
    ...(ctx.grouping ?? []),
  ];
  const parent = [...(template?.contextActivities?.parent ?? []), ...(opts.parent ?? [])];
  const other = template?.contextActivities?.other ?? [];
  const contextActivities: ContextActivities = {
    ...(parent.length > 0 ? { parent } : {}),
    ...(grouping.length > 0 ? { grouping: dedupe(grouping) } : {}),
    category: dedupe(category),
    ...(other.length > 0 ? { other } : {}),
  };
  const masteryScore = ctx.cmi5?.masteryScore;
  const extensions: Record<string, unknown> = {
    ...template?.extensions,
    [ContextExtensionIri.sessionId]: ctx.sessionId,
    ...(ctx.course.version !== undefined ? { [ContextExtensionIri.courseVersion]: ctx.course.version } : {}),
    ...(opts.masteryScore === true && masteryScore !== undefined
      ? { [ContextExtensionIri.masteryScore]: masteryScore }
      : {}),
    ...(ctx.variables !== undefined && Object.keys(ctx.variables).length > 0
      ? { [ContextExtensionIri.courseVariables]: { ...ctx.variables } }
      : {}),
    ...opts.extensions,
  };
  return {
    registration: ctx.registration,
    contextActivities,
    ...(ctx.platform !== undefined ? { platform: ctx.platform } : {}),
    ...(ctx.language !== undefined ? { language: ctx.language } : {}),
    extensions,
  };
}

/** The course as a context activity (with its type, so templates can match `context*ActivityType`). */
export function courseContextActivity(ctx: StatementContext): ContextActivity {
  return {
    objectType: 'Activity',
    id: ctx.course.id,
    definition: { type: ActivityTypeIri.course, ...(ctx.course.name ? { name: ctx.course.name } : {}) },
  };
}

function categoryActivity(id: string): ContextActivity {
  return { objectType: 'Activity', id };
}

function dedupe(list: ContextActivity[]): ContextActivity[] {
  const seen = new Set<string>();
  return list.filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)));
}
