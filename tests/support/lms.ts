import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * A test LMS: a page that hosts scorm-again (the SCORM runtime many LMSs use) as `window.API` (1.2) or
 * `window.API_1484_11` (2004), and loads a package in an iframe, as Moodle does. Every API call and every
 * error code scorm-again sets is recorded, so a test can assert that the walk caused no API error.
 */
export type ScormVersion = 'scorm12' | 'scorm2004';

export interface LmsCall {
  method: string;
  args: string[];
  result: string;
  error: string;
}

export interface LmsConfig {
  version: ScormVersion;
  /** URL of the package's launch page (the iframe's src). */
  launchUrl: string;
  /** CMI data the LMS restores before launch (scorm-again `loadFromJSON`), e.g. from a previous session. */
  seed?: Record<string, unknown>;
}

const require = createRequire(import.meta.url);
const runtimeFile = { scorm12: 'scorm-again/scorm12', scorm2004: 'scorm-again/scorm2004' } as const;

/** scorm-again's browser builds (classic scripts defining `Scorm12API` / `Scorm2004API`), for the server. */
export async function scormAgainScripts(): Promise<Record<string, { type: string; body: string }>> {
  const pages: Record<string, { type: string; body: string }> = {};
  for (const version of ['scorm12', 'scorm2004'] as const) {
    const body = await readFile(require.resolve(runtimeFile[version]), 'utf8');
    pages[`/scorm-again/${version}.js`] = { type: 'text/javascript; charset=utf-8', body };
  }
  return pages;
}

/** The LMS page itself; its behaviour comes from `window.__LMS_CONFIG__`, set by `openLms`. */
export const LMS_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/scorm-again/scorm12.js"></script>
<script src="/scorm-again/scorm2004.js"></script>
<script>
  const config = window.__LMS_CONFIG__;
  const is12 = config.version === 'scorm12';
  window.__lmsLog = { calls: [], errors: [], messages: [] };
  const settings = {
    autocommit: false,
    lmsCommitUrl: false,
    logLevel: 5,
    onLogMessage: (level, message) => window.__lmsLog.messages.push({ level, message }),
  };
  const api = is12 ? new Scorm12API(settings) : new Scorm2004API(settings);
  if (config.seed) api.loadFromJSON(config.seed, '');
  const methods = is12
    ? ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']
    : ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'];
  const lastError = is12 ? 'LMSGetLastError' : 'GetLastError';
  for (const method of methods) {
    const original = api[method].bind(api);
    api[method] = (...args) => {
      const result = original(...args);
      const error = String(api[lastError]());
      const call = { method, args: args.map(String), result: String(result), error };
      window.__lmsLog.calls.push(call);
      if (error !== '0') window.__lmsLog.errors.push(call);
      return result;
    };
  }
  window[is12 ? 'API' : 'API_1484_11'] = api;
  window.__lmsApi = api;
</script></head>
<body><h1>Test LMS</h1>
<iframe id="sco" title="Course" style="width: 100%; height: 90vh; border: 0"></iframe>
<script>document.getElementById('sco').src = config.launchUrl;</script>
</body></html>`;

export interface OpenLms {
  page: Page;
  /** The package's frame. */
  frame(): ReturnType<Page['frameLocator']>;
  /** scorm-again's whole CMI data model as JSON. */
  cmi(): Promise<Record<string, unknown>>;
  calls(): Promise<LmsCall[]>;
  errors(): Promise<LmsCall[]>;
  close(): Promise<void>;
}

/**
 * Opens the test LMS page at `lmsUrl` in a new browser page, launching the package configured in `config`. In a
 * new browser context, or in `context` (then `close()` closes the page only: localStorage outlives the tab).
 */
export async function openLms(
  browser: Browser,
  lmsUrl: string,
  config: LmsConfig,
  shared?: BrowserContext,
): Promise<OpenLms> {
  const context =
    shared ?? (await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } }));
  const page = await context.newPage();
  await page.addInitScript((c) => {
    (window as unknown as { __LMS_CONFIG__: unknown }).__LMS_CONFIG__ = c;
  }, config);
  await page.goto(lmsUrl);
  return {
    page,
    frame: () => page.frameLocator('#sco'),
    cmi: () =>
      page.evaluate(() =>
        (
          window as unknown as { __lmsApi: { renderCMIToJSONObject(): Record<string, unknown> } }
        ).__lmsApi.renderCMIToJSONObject(),
      ),
    close: () => (shared ? page.close({ runBeforeUnload: true }) : context.close()),
    calls: () =>
      page.evaluate(() => (window as unknown as { __lmsLog: { calls: LmsCall[] } }).__lmsLog.calls),
    errors: () =>
      page.evaluate(() => (window as unknown as { __lmsLog: { errors: LmsCall[] } }).__lmsLog.errors),
  };
}

/**
 * What an LMS restores for the next session of the same attempt after the learner left with `exit = suspend`:
 * the stored data model, with `entry = resume` and the per-session elements cleared (SCORM 1.2 RTE 3.4.4,
 * SCORM 2004 RTE 4.2.9 / 4.2.10).
 */
export function nextSessionSeed(
  version: ScormVersion,
  cmi: Record<string, unknown>,
): Record<string, unknown> {
  const seed = structuredClone(cmi);
  // 1.2 keeps these elements under cmi.core; 2004 at the top of cmi.
  const session = (version === 'scorm12' ? seed.core : seed) as Record<string, unknown>;
  session.entry = session.exit === 'suspend' ? 'resume' : '';
  delete session.exit;
  delete session.session_time;
  return seed;
}

/**
 * What an LMS initialises for a first session: the learner, `entry = ab-initio`, and the mastery score the
 * package's manifest declares (1.2 `adlcp:masteryscore` → `cmi.student_data.mastery_score`; 2004 primary
 * objective `minNormalizedMeasure` → `cmi.scaled_passing_score`), as Moodle does on import.
 */
export function firstSessionSeed(version: ScormVersion, manifestXml: string): Record<string, unknown> {
  const learner = { id: 'learner-42', name: 'Doe, Jane' };
  if (version === 'scorm12') {
    const mastery = /<adlcp:masteryscore>([^<]+)<\/adlcp:masteryscore>/.exec(manifestXml)?.[1];
    return {
      core: { entry: 'ab-initio', student_id: learner.id, student_name: learner.name },
      ...(mastery ? { student_data: { mastery_score: mastery.trim() } } : {}),
    };
  }
  const measure = /<imsss:minNormalizedMeasure>([^<]+)<\/imsss:minNormalizedMeasure>/.exec(manifestXml)?.[1];
  return {
    entry: 'ab-initio',
    learner_id: learner.id,
    learner_name: learner.name,
    ...(measure ? { scaled_passing_score: measure.trim() } : {}),
  };
}

/**
 * The mode Moodle 4.5 opens an attempt in when the learner presses Enter without "Start a new attempt"
 * (`scorm_check_mode`, mod/scorm/lib.php): review once the attempt counts as finished, else normal. SCORM 1.2 counts
 * `lesson_status` completed, passed or failed as finished; SCORM 2004 only `completion_status` completed, so a
 * failed 2004 attempt left incomplete re-opens in normal mode (seen in a real Moodle 4.5, docs/tracking.md).
 */
export function moodleLaunchMode(version: ScormVersion, cmi: Record<string, unknown>): 'normal' | 'review' {
  const status =
    version === 'scorm12'
      ? (cmi.core as Record<string, unknown> | undefined)?.lesson_status
      : cmi.completion_status;
  return ['completed', 'passed', 'failed'].includes(String(status)) ? 'review' : 'normal';
}

/**
 * What Moodle 4.5 hands a SCO when the learner re-opens an attempt (mod/scorm/datamodels/scorm_12lib.php and
 * scorm_13lib.php, get_scorm_default): `mode` (normal, review, browse), `credit` no-credit outside normal mode,
 * and the stored data model. SCORM 1.2 always gets the stored model back (`entry` resume after a suspend exit, ''
 * otherwise). SCORM 2004 gets it only after `cmi.exit = suspend` (entry resume); after any other exit it gets a
 * fresh model: entry ab-initio, no location, suspend data, interactions, status or score, only the learner and
 * the manifest's passing score. scorm-again's defaults differ (it keeps whatever it is seeded with), hence this.
 */
export function moodleRelaunchSeed(
  version: ScormVersion,
  cmi: Record<string, unknown>,
  mode: 'normal' | 'review' | 'browse',
): Record<string, unknown> {
  const credit = mode === 'normal' ? 'credit' : 'no-credit';
  const seed = nextSessionSeed(version, cmi);
  if (version === 'scorm12') {
    const core = seed.core as Record<string, unknown>;
    core.lesson_mode = mode;
    core.credit = credit;
    return seed;
  }
  if (cmi.exit === 'suspend') return { ...seed, mode, credit };
  return {
    entry: 'ab-initio',
    mode,
    credit,
    learner_id: cmi.learner_id,
    learner_name: cmi.learner_name,
    ...(cmi.scaled_passing_score ? { scaled_passing_score: cmi.scaled_passing_score } : {}),
  };
}

/**
 * From now on, records at each commit (`LMSCommit` / `Commit`) whether the package frame shows what `path` finds
 * with some text: each selector is looked for inside what the previous one found, through shadow roots (e.g.
 * `['dlis-agility-results', '.index']`). Moodle's commit is a synchronous request that freezes the page while it
 * lasts, so what the learner must see first has to be on screen when it starts. `commitsSaw(lms)` returns them.
 */
export async function watchCommits(lms: OpenLms, version: ScormVersion, path: string[]): Promise<void> {
  await lms.page.evaluate(
    ({ method, path }) => {
      const seen: boolean[] = [];
      (window as unknown as { __commitsSaw: boolean[] }).__commitsSaw = seen;
      const find = (root: ParentNode, selector: string): Element | undefined => {
        for (const el of root.querySelectorAll('*')) {
          if (el.matches(selector)) return el;
          const inner = el.shadowRoot ? find(el.shadowRoot, selector) : undefined;
          if (inner) return inner;
        }
        return undefined;
      };
      const shows = (doc: Document): boolean => {
        let at: ParentNode | undefined = doc;
        let found: Element | undefined;
        for (const selector of path) {
          found = at ? find(at, selector) : undefined;
          at = found?.shadowRoot ?? found;
        }
        return (found?.textContent ?? '').trim() !== '';
      };
      const api = (window as unknown as { __lmsApi: Record<string, (...args: unknown[]) => unknown> })
        .__lmsApi;
      const original = api[method]!;
      api[method] = (...args: unknown[]) => {
        const frame = document.getElementById('sco') as HTMLIFrameElement;
        seen.push(frame.contentDocument ? shows(frame.contentDocument) : false);
        return original(...args);
      };
    },
    { method: version === 'scorm12' ? 'LMSCommit' : 'Commit', path },
  );
}

export function commitsSaw(lms: OpenLms): Promise<boolean[]> {
  return lms.page.evaluate(() => (window as unknown as { __commitsSaw: boolean[] }).__commitsSaw);
}
