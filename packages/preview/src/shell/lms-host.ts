/**
 * The LMS side of the SCORM targets: scorm-again (loaded by index.html as classic scripts, the runtime many LMSs
 * use) as `window.API` (1.2) or `window.API_1484_11` (2004), which the player finds in its parent frame. The
 * data model outlives the course frame: each launch seeds a new runtime with what the last session left, as an
 * LMS does when a learner comes back (entry = resume after a suspend exit), and it is kept in sessionStorage
 * so that reloading the shell keeps the attempt too.
 */
export type ScormTarget = 'scorm12' | 'scorm2004';

interface ScormAgainApi {
  loadFromJSON(json: Record<string, unknown>, prefix: string): void;
  renderCMIToJSONObject(): Record<string, unknown>;
  [method: string]: unknown;
}
type ScormAgainConstructor = new (settings: Record<string, unknown>) => ScormAgainApi;

const RUNTIME_METHODS: Record<ScormTarget, string[]> = {
  scorm12: ['LMSInitialize', 'LMSFinish', 'LMSSetValue', 'LMSCommit'],
  scorm2004: ['Initialize', 'Terminate', 'SetValue', 'Commit'],
};
/** The calls that open and close a session (the first and second of RUNTIME_METHODS). */
const SESSION_METHODS: Record<ScormTarget, [start: string, end: string]> = {
  scorm12: ['LMSInitialize', 'LMSFinish'],
  scorm2004: ['Initialize', 'Terminate'],
};
/** suspend_data limits: SCORM 1.2 CMIString4096, SCORM 2004 4th edition 64,000 characters. */
export const SUSPEND_DATA_LIMIT: Record<ScormTarget, number> = { scorm12: 4096, scorm2004: 64000 };

const storageKey = (target: ScormTarget) => `dlis-preview:cmi:${target}`;

export class LmsHost {
  #api?: ScormAgainApi;
  #target?: ScormTarget;
  /** The course called Initialize on the current runtime and not yet Terminate. */
  #running = false;
  #ended: (() => void)[] = [];
  readonly #changed: () => void;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** Installs a fresh runtime for the next launch of `target`, seeded with the stored attempt (if any). */
  prepare(target: ScormTarget, review: boolean): void {
    this.uninstall();
    const global = window as unknown as Record<string, unknown>;
    const Runtime = global[target === 'scorm12' ? 'Scorm12API' : 'Scorm2004API'] as ScormAgainConstructor;
    const api = new Runtime({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
    api.loadFromJSON(seed(target, this.stored(target), review), '');
    const [startMethod, endMethod] = SESSION_METHODS[target];
    for (const method of RUNTIME_METHODS[target]) {
      const original = (api[method] as (...args: unknown[]) => unknown).bind(api);
      api[method] = (...args: unknown[]) => {
        const result = original(...args);
        if (api === this.#api && method === startMethod) this.#running = true;
        if (api === this.#api && method === endMethod) this.#sessionEnded();
        sessionStorage.setItem(storageKey(target), JSON.stringify(cmiOf(api)));
        this.#changed();
        return result;
      };
    }
    global[target === 'scorm12' ? 'API' : 'API_1484_11'] = api;
    this.#api = api;
    this.#target = target;
    this.#changed();
  }

  /** Removes the runtime from the window (the non-SCORM targets must not find one). */
  uninstall(): void {
    const global = window as unknown as Record<string, unknown>;
    delete global['API'];
    delete global['API_1484_11'];
    this.#api = undefined;
    this.#target = undefined;
    this.#sessionEnded();
  }

  /** A course session runs on the current runtime: it called Initialize and not yet Terminate (Finish). */
  sessionRunning(): boolean {
    return this.#running;
  }

  /** Resolves when the running session ends (Terminate, LMSFinish), at once when none runs. */
  sessionEnd(): Promise<void> {
    if (!this.#running) return Promise.resolve();
    return new Promise((resolve) => this.#ended.push(resolve));
  }

  #sessionEnded(): void {
    this.#running = false;
    for (const resolve of this.#ended.splice(0)) resolve();
  }

  /** Forgets the stored attempt of `target`: the next launch is a first session. */
  reset(target: ScormTarget): void {
    sessionStorage.removeItem(storageKey(target));
  }

  /** The data model as the LMS holds it now, flattened to `cmi.…` names; empty when no SCORM target runs. */
  dataModel(): { name: string; value: string }[] {
    if (!this.#api) return [];
    const entries: { name: string; value: string }[] = [];
    const walk = (value: unknown, name: string) => {
      if (value !== null && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value as Record<string, unknown>))
          walk(inner, `${name}.${key}`);
      } else if (value !== '' && value !== undefined && value !== null) {
        entries.push({ name, value: String(value) });
      }
    };
    walk(cmiOf(this.#api), 'cmi');
    return entries;
  }

  target(): ScormTarget | undefined {
    return this.#target;
  }

  stored(target: ScormTarget): Record<string, unknown> | undefined {
    const text = sessionStorage.getItem(storageKey(target));
    return text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  }
}

/** The data model below `cmi` (scorm-again renders `{ cmi: { … } }`), as `loadFromJSON(…, '')` takes it. */
function cmiOf(api: ScormAgainApi): Record<string, unknown> {
  const rendered = api.renderCMIToJSONObject();
  return (rendered['cmi'] as Record<string, unknown> | undefined) ?? rendered;
}

/**
 * What the LMS hands the next session: a first session (entry ab-initio, a pseudonymous learner), or the stored
 * model with entry = resume after a suspend exit and the per-session elements cleared (SCORM 1.2 RTE 3.4.4,
 * SCORM 2004 RTE 4.2.9); review mode with no credit when asked.
 */
function seed(
  target: ScormTarget,
  stored: Record<string, unknown> | undefined,
  review: boolean,
): Record<string, unknown> {
  const learner = { id: 'preview-learner', name: 'Learner, Preview' };
  const mode = review ? 'review' : 'normal';
  const credit = review ? 'no-credit' : 'credit';
  if (target === 'scorm12') {
    const next = stored ? structuredClone(stored) : { core: {} };
    const core = (next['core'] ?? {}) as Record<string, unknown>;
    core['entry'] = !stored ? 'ab-initio' : core['exit'] === 'suspend' ? 'resume' : '';
    delete core['exit'];
    delete core['session_time'];
    Object.assign(core, { student_id: learner.id, student_name: learner.name, lesson_mode: mode, credit });
    next['core'] = core;
    return next;
  }
  const next = stored ? structuredClone(stored) : {};
  next['entry'] = !stored ? 'ab-initio' : next['exit'] === 'suspend' ? 'resume' : '';
  delete next['exit'];
  delete next['session_time'];
  return { ...next, learner_id: learner.id, learner_name: learner.name, mode, credit };
}
