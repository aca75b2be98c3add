/**
 * API instance discovery (SCORM 1.2 RTE 3.3.6.1 and the ADL APIWrapper sample; SCORM 2004 4th ed. RTE 3.3.6.1):
 * look for the API object on the start window, then climb `window.parent` a bounded number of levels, then do
 * the same from the opener of the window (and from the opener of its top window). A frame of another origin
 * throws on access: the climb stops there instead of failing.
 */

/** Window property holding the LMS API, per standard. */
export const API_NAMES = { scorm12: 'API', scorm2004: 'API_1484_11' } as const;

/** How many parents to climb: 7 in ADL's SCORM 1.2 APIWrapper.js, 500 in the SCORM 2004 RTE sample. */
export const MAX_PARENT_LEVELS = { scorm12: 7, scorm2004: 500 } as const;

/** The function whose presence marks a usable API object. */
const MARKER_FUNCTION = { API: 'LMSInitialize', API_1484_11: 'Initialize' } as const;

type ApiName = (typeof API_NAMES)[keyof typeof API_NAMES];

const BLOCKED = Symbol('blocked');

/** Finds the API object named `name` from `start`, or undefined. Never throws. */
export function findApi(start: Window, name: ApiName, maxParentLevels: number): object | undefined {
  const found = climb(start, name, maxParentLevels);
  if (found) return found;
  for (const opener of openers(start)) {
    const fromOpener = climb(opener, name, maxParentLevels);
    if (fromOpener) return fromOpener;
  }
  return undefined;
}

function climb(start: Window, name: ApiName, maxParentLevels: number): object | undefined {
  let current = start;
  for (let level = 0; level <= maxParentLevels; level++) {
    const api = readApi(current, name);
    if (api === BLOCKED) return undefined;
    if (api) return api;
    const parent = safe(() => current.parent);
    if (!parent || parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

function readApi(win: Window, name: ApiName): object | undefined | typeof BLOCKED {
  try {
    const candidate: unknown = (win as unknown as Record<string, unknown>)[name];
    if (typeof candidate !== 'object' || candidate === null) return undefined;
    const marker = (candidate as Record<string, unknown>)[MARKER_FUNCTION[name]];
    return typeof marker === 'function' ? candidate : undefined;
  } catch {
    return BLOCKED;
  }
}

function openers(start: Window): Window[] {
  const list: Window[] = [];
  const own = safe(() => start.opener as Window | null);
  if (own) list.push(own);
  const topOpener = safe(() =>
    start.top && start.top !== start ? (start.top.opener as Window | null) : null,
  );
  if (topOpener && topOpener !== own) list.push(topOpener);
  return list;
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
