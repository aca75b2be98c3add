// The in-place update of a running course (issue 17: reload within 1 s of the save): the new course is put into
// the page the frame already shows, and a new <dlis-player> replaces the old one, so the page, its scripts and
// its window stay (no navigation, nothing downloaded or compiled again). The learner's place comes back from the
// LMS as on a relaunch: the old player ends its session first (the same pagehide a leaving page gives it).

/** The payload element of a package's index.html (PAYLOAD_ELEMENT_ID of the player). */
const PAYLOAD_ID = 'dlis-course';

/**
 * What the page loads besides the course, one string per element: the scripts (player, UI catalogues,
 * add-ons), the stylesheet and the lazy add-on declarations of its head. Only what names a file counts, not
 * the marks the player puts on the elements as it loads them (`data-loading`, `data-loaded` on the later
 * add-ons' meta) nor how a script was loaded (deferred by index.html, appended by the player).
 */
export function pageLoads(doc: Document): string[] {
  return [...doc.head.querySelectorAll('script[src], link[href], meta[name]')].map((element) => {
    const attribute = (name: string) => element.getAttribute(name) ?? '';
    if (element.localName === 'script') return `script ${attribute('src')}`;
    if (element.localName === 'link') return `link ${attribute('rel')} ${attribute('href')}`;
    return `meta ${attribute('name')} ${attribute('content')}`;
  });
}

/**
 * True when the new page loads nothing the current one has not loaded already: the same player, catalogues
 * and add-ons. Otherwise (the player was rebuilt, the edit needs another add-on or catalogue) the course must
 * be launched again as a new page. The current page may hold more (add-ons the player loaded on demand).
 */
export function loadsNothingNew(current: readonly string[], next: readonly string[]): boolean {
  const loaded = new Set(current);
  return next.every((element) => loaded.has(element));
}

/**
 * Replaces the course of `doc` by the one of `nextHtml` (a package's index.html) and starts a new player on
 * it, once `endSession()` (which ends the current player's session) resolved true and `startRuntime()`
 * installed the LMS runtime of the next session. Returns false, the page unchanged, when the new page would load
 * something the current one did not (loadsNothingNew), when `doc` shows no player, or when the session did not
 * end (`endSession()` resolved false): the course is then to be launched again.
 */
export async function updateInPlace(
  doc: Document,
  nextHtml: string,
  session: { endSession: () => Promise<boolean>; startRuntime: () => void },
): Promise<boolean> {
  const next = new DOMParser().parseFromString(nextHtml, 'text/html');
  const payload = next.getElementById(PAYLOAD_ID)?.textContent;
  const player = doc.querySelector('dlis-player');
  const payloadElement = doc.getElementById(PAYLOAD_ID);
  if (!payload || !player || !payloadElement || !loadsNothingNew(pageLoads(doc), pageLoads(next))) {
    return false;
  }
  if (!(await session.endSession())) return false;
  payloadElement.textContent = payload;
  doc.title = next.title;
  session.startRuntime();
  // A new element reads the payload when connected (dlis-player's connectedCallback) and resumes the session.
  player.replaceWith(doc.createElement('dlis-player'));
  return true;
}
