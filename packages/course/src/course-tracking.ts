import type { CompletionRule } from './compiled-course.ts';

/** cmi5 moveOn values (cmi5 section 13.1.4, AU metadata `moveOn`). */
export const CMI5_MOVE_ON = [
  'NotApplicable',
  'Passed',
  'Completed',
  'CompletedAndPassed',
  'CompletedOrPassed',
] as const;
export type Cmi5MoveOn = (typeof CMI5_MOVE_ON)[number];

/** cmi5 launchMethod values (cmi5 section 13.1.4, AU metadata `launchMethod`). */
export type Cmi5LaunchMethod = 'AnyWindow' | 'OwnWindow';

/**
 * The `tracking:` section of course.yaml with every default applied. The packager reads it to write cmi5.xml and
 * the player payload's `xapi`; it never holds credentials (those come from the launch or a build flag).
 */
export interface CourseTracking {
  /** xAPI endpoint for hybrid reporting, always ending with `/`; absent = none named by the course. */
  endpoint?: string;
  /** `pseudonymous` (default) or `named` (the course opted in; the loader warns). */
  identity: 'pseudonymous' | 'named';
  cmi5: { moveOn: Cmi5MoveOn; launchMethod: Cmi5LaunchMethod };
}

/** `tracking:` as written in course.yaml (mirrors the schema). */
export interface TrackingSource {
  endpoint?: string;
  identity?: 'pseudonymous' | 'named';
  cmi5?: { moveOn?: Cmi5MoveOn; launchMethod?: Cmi5LaunchMethod };
}

/**
 * The moveOn a course gets when course.yaml names none: `all-pages-viewed` → `Completed` (the player sends
 * completed once every page was viewed); `assessment-passed` → `CompletedAndPassed` (that rule makes the course
 * complete and passed together, the same meaning as in the SCORM packages).
 */
export function defaultMoveOn(completion: CompletionRule): Cmi5MoveOn {
  return completion === 'assessment-passed' ? 'CompletedAndPassed' : 'Completed';
}

/** Applies the defaults of the `tracking:` section; an endpoint gets its trailing `/` (xAPI resources are relative). */
export function resolveTracking(
  source: TrackingSource | undefined,
  completion: CompletionRule,
): CourseTracking {
  const endpoint = source?.endpoint;
  return {
    ...(endpoint ? { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/` } : {}),
    identity: source?.identity ?? 'pseudonymous',
    cmi5: {
      moveOn: source?.cmi5?.moveOn ?? defaultMoveOn(completion),
      launchMethod: source?.cmi5?.launchMethod ?? 'AnyWindow',
    },
  };
}
