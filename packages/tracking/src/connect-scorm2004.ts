import { API_NAMES, MAX_PARENT_LEVELS, findApi } from './adapters/find-api.ts';
import { Scorm2004Adapter } from './adapters/scorm2004/scorm2004-adapter.ts';
import type { Scorm2004Api } from './adapters/scorm2004/scorm2004-api.ts';
import type { LmsConnector } from './tracker-facade.ts';

/** The SCORM 2004 adapter when the target is 'scorm2004' and an `API_1484_11` object is found (find-api.ts). */
export const connectScorm2004: LmsConnector = (win, options, emitter) => {
  if (options.target !== 'scorm2004' || !win) return undefined;
  const api = findApi(win, API_NAMES.scorm2004, MAX_PARENT_LEVELS.scorm2004);
  return api ? new Scorm2004Adapter(api as Scorm2004Api, options, emitter) : undefined;
};
