import { connectLaunch } from './connect-launch.ts';
import { connectScorm12 } from './connect-scorm12.ts';
import { connectScorm2004 } from './connect-scorm2004.ts';
import type { Tracker, TrackerOptions } from './tracker.ts';
import { TrackerFacade } from './tracker-facade.ts';
import { HybridXapiTracker } from './xapi/hybrid-xapi-tracker.ts';

/**
 * Creates the tracker for a package target: 'scorm12' and 'scorm2004' look for the LMS API now (parent frames,
 * then opener, see find-api.ts); 'cmi5' and 'xapi' read their launch at `start()`; 'web' uses the local
 * adapter. Without an LMS API or launch, or when the LMS refuses to initialise, the tracker falls back to the
 * local adapter and `start()` reports `connection: 'local'`. scorm12, scorm2004 and web also report to an LRS
 * when `options.xapi` and credentials allow (hybrid). Ships every adapter; a bundle for one target uses the
 * per-target factories below.
 */
export function createTracker(options: TrackerOptions): Tracker {
  if (options.target === 'cmi5' || options.target === 'xapi')
    return new TrackerFacade(options, connectLaunch);
  return new HybridXapiTracker(
    new TrackerFacade(options, (win, opts, emitter) =>
      opts.target === 'scorm12' ? connectScorm12(win, opts, emitter) : connectScorm2004(win, opts, emitter),
    ),
    options,
  );
}

/** createTracker for a SCORM 1.2 package: the SCORM 1.2 adapter, else local (carries no SCORM 2004 code). */
export function createScorm12Tracker(options: TrackerOptions): Tracker {
  return new TrackerFacade(options, connectScorm12);
}

/** createTracker for a SCORM 2004 package: the SCORM 2004 adapter, else local (carries no SCORM 1.2 code). */
export function createScorm2004Tracker(options: TrackerOptions): Tracker {
  return new TrackerFacade(options, connectScorm2004);
}

/** createTracker for a web package: the local adapter only (progress kept in this browser). */
export function createLocalTracker(options: TrackerOptions): Tracker {
  return new TrackerFacade(options);
}

/**
 * createTracker for cmi5 and xAPI-launch packages: the launch adapter (statements, State API), else local.
 * Carries no SCORM code.
 */
export function createLaunchTracker(options: TrackerOptions): Tracker {
  return new TrackerFacade(options, connectLaunch);
}

/**
 * Adds hybrid xAPI reporting to a per-target factory: `withXapiReporting(createScorm12Tracker)`. The wrapped
 * tracker stays the primary (StartInfo, SCORM data); statements go to the LRS beside it when credentials are
 * found (HybridXapiTracker).
 */
export function withXapiReporting(
  create: (options: TrackerOptions) => Tracker,
): (options: TrackerOptions) => Tracker {
  return (options) => new HybridXapiTracker(create(options), options);
}
