import { API_NAMES, MAX_PARENT_LEVELS, findApi } from './adapters/find-api.ts';
import { Scorm12Adapter } from './adapters/scorm12/scorm12-adapter.ts';
import type { Scorm12Api } from './adapters/scorm12/scorm12-api.ts';
import type { LmsConnector } from './tracker-facade.ts';

/** The SCORM 1.2 adapter when the target is 'scorm12' and an `API` object is found (find-api.ts). */
export const connectScorm12: LmsConnector = (win, options, emitter) => {
  if (options.target !== 'scorm12' || !win) return undefined;
  const api = findApi(win, API_NAMES.scorm12, MAX_PARENT_LEVELS.scorm12);
  return api ? new Scorm12Adapter(api as Scorm12Api, options, emitter) : undefined;
};
