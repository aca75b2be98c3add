import { connectScorm12 } from './connect-scorm12.ts';
import { connectScorm2004 } from './connect-scorm2004.ts';
import type { Tracker, TrackerOptions } from './tracker.ts';
import { TrackerFacade } from './tracker-facade.ts';

/**
 * Creates the tracker for a package target: 'scorm12' and 'scorm2004' look for the LMS API now (parent frames,
 * then opener, see find-api.ts); 'web' uses the local adapter. When a SCORM target finds no API, or the LMS
 * refuses to initialise, the tracker falls back to the local adapter and `start()` reports
 * `connection: 'local'`. Ships every adapter; a bundle for one target uses the per-target factories below.
 */
export function createTracker(options: TrackerOptions): Tracker {
  return new TrackerFacade(options, (win, opts, emitter) =>
    opts.target === 'scorm12' ? connectScorm12(win, opts, emitter) : connectScorm2004(win, opts, emitter),
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
