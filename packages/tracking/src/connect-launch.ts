import type { LmsConnector } from './tracker-facade.ts';
import { LaunchAdapter } from './xapi/launch-adapter.ts';

/**
 * The cmi5 / xAPI-launch adapter for the 'cmi5' and 'xapi' targets (it reads the launch in `start()` and throws
 * TRACKING_E_INITIALIZE without one, so the facade goes local). Needs `options.xapi` (the course).
 */
export const connectLaunch: LmsConnector = (_win, options, emitter) =>
  (options.target === 'cmi5' || options.target === 'xapi') && options.xapi
    ? new LaunchAdapter(options, options.xapi, emitter)
    : undefined;
