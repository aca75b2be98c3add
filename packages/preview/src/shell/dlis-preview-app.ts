import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import { checkPage } from './check-page.ts';
import { LmsHost, SUSPEND_DATA_LIMIT, type ScormTarget } from './lms-host.ts';
import { panelStrings, type PanelStrings } from './preview-strings.ts';
import { updateInPlace } from './update-in-place.ts';
import {
  TARGETS,
  type CheckedStatement,
  type CourseStatus,
  type PanelAction,
  type Target,
  type Violation,
} from './preview-types.ts';
import './dlis-preview-overlay.ts';
import './dlis-preview-panel.ts';

const SETTINGS_KEY = 'dlis-preview:settings';
interface Settings {
  target: Target;
  lang: string;
  review: boolean;
  /** xAPI reporting beside SCORM or web (hybrid), to the embedded LRS. */
  xapi: boolean;
  panelOpen: boolean;
}
const DEFAULT_SETTINGS: Settings = {
  target: 'scorm12',
  lang: '',
  review: false,
  xapi: false,
  panelOpen: true,
};

/** How long an in-place update waits for the old session to end before it launches the course again. */
const SESSION_END_WAIT_MS = 3000;

const isScorm = (target: Target): target is ScormTarget => target === 'scorm12' || target === 'scorm2004';

/**
 * The preview shell: the course in a frame, as an LMS shows a package (the same index.html, player and runtime
 * as the package of the chosen target), the error overlay over it, and the side panel. It follows the server's
 * events: a new course version relaunches the frame (the learner resumes where they were: the LMS, the LRS or
 * the browser kept their place), diagnostics show the overlay until a save fixes them.
 */
export class DlisPreviewApp extends LitElement {
  static override properties: PropertyDeclarations = {
    status: { state: true },
    settings: { state: true },
    outage: { state: true },
    refused: { state: true },
    dataModel: { state: true },
    statements: { state: true },
    violations: { state: true },
    checking: { state: true },
    launched: { state: true },
  };

  static override styles = css`
    :host {
      display: flex;
      height: 100vh;
      font-family: system-ui, sans-serif;
    }
    main {
      position: relative;
      flex: 1;
      min-width: 0;
    }
    iframe {
      border: 0;
      width: 100%;
      height: 100%;
      display: block;
    }
  `;

  declare status?: CourseStatus;
  declare settings: Settings;
  declare outage: boolean;
  /** Requests the simulated outage refused since it began. */
  declare refused: number;
  declare dataModel: { name: string; value: string }[];
  declare statements: CheckedStatement[];
  declare violations?: Violation[];
  declare checking: boolean;
  /** The course version the frame shows (0: none yet). */
  declare launched: number;

  readonly #strings: PanelStrings = panelStrings(navigator.languages).strings;
  readonly #lms = new LmsHost(() => this.#dataModelChanged());
  #events?: EventSource;
  #launching: Promise<void> = Promise.resolve();
  /** The settings of the launch the frame shows: an in-place update keeps them. */
  #launchedWith?: Settings;
  #dataModelPending = false;

  constructor() {
    super();
    this.settings = readSettings();
    this.outage = false;
    this.refused = 0;
    this.dataModel = [];
    this.statements = [];
    this.checking = false;
    this.launched = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#events = new EventSource('/__dlis/events');
    this.#events.addEventListener('status', (event) => {
      this.status = JSON.parse((event as MessageEvent<string>).data) as CourseStatus;
      // Marks for the reload's profile (scripts/preview-reload-latency.ts, the browser's performance panel).
      performance.mark('dlis-preview:status', { detail: this.status.version });
      if (this.status.ok && this.status.version !== this.launched) void this.#relaunch({ inPlace: true });
    });
    this.#events.addEventListener('statements', () => void this.#loadStatements());
    this.#events.addEventListener('refused', (event) => {
      this.refused = (JSON.parse((event as MessageEvent<string>).data) as { refused: number }).refused;
    });
    void fetch('/__dlis/api/status')
      .then((r) => r.json() as Promise<{ outage: boolean; refused: number }>)
      .then((s) => {
        this.outage = s.outage;
        this.refused = s.refused;
      });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#events?.close();
  }

  override render() {
    const s = this.#strings;
    const target = this.settings.target;
    const suspend = this.dataModel.find((e) => /^cmi(\.core)?\.suspend_data$/.test(e.name))?.value ?? '';
    return html`
      <main>
        <iframe title=${s.course}></iframe>
        ${
          this.status && !this.status.ok
            ? html`<dlis-preview-overlay
                .diagnostics=${this.status.diagnostics}
                .strings=${s}
              ></dlis-preview-overlay>`
            : nothing
        }
      </main>
      <dlis-preview-panel
        .strings=${s}
        .open=${this.settings.panelOpen}
        .target=${target}
        .language=${this.settings.lang}
        .languages=${this.status?.ok ? this.status.languages : []}
        .review=${this.settings.review}
        .xapi=${this.settings.xapi}
        .outage=${this.outage}
        .refused=${this.refused}
        .dataModel=${this.dataModel}
        .suspendDataLength=${suspend.length}
        .suspendDataLimit=${isScorm(target) ? SUSPEND_DATA_LIMIT[target] : 0}
        .statements=${this.statements}
        .violations=${this.violations}
        .checking=${this.checking}
        @preview-action=${(e: CustomEvent<PanelAction>) => void this.#act(e.detail)}
      ></dlis-preview-panel>
    `;
  }

  async #act(request: PanelAction): Promise<void> {
    switch (request.action) {
      case 'toggle':
        return this.#save({ panelOpen: !this.settings.panelOpen });
      case 'target':
        this.#save({ target: request.value });
        return this.#relaunch();
      case 'language':
        this.#save({ lang: request.value });
        return this.#relaunch();
      case 'review':
        this.#save({ review: request.value });
        return this.#relaunch();
      case 'xapi':
        this.#save({ xapi: request.value });
        return this.#relaunch();
      case 'leave-and-return':
        return this.#relaunch();
      case 'reset':
        return this.#relaunch({ reset: true });
      case 'outage': {
        const answer = (await post('/__dlis/api/outage', { down: request.value })) as {
          outage: boolean;
          refused: number;
        };
        this.outage = answer.outage;
        this.refused = answer.refused;
        return;
      }
      case 'check-page': {
        const frame = this.#frame();
        if (!frame) return;
        this.checking = true;
        try {
          this.violations = await checkPage(frame);
        } finally {
          this.checking = false;
        }
      }
    }
  }

  #save(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    sessionStorage.setItem(SETTINGS_KEY, JSON.stringify(this.settings));
  }

  #frame(): HTMLIFrameElement | null {
    return this.renderRoot.querySelector('iframe');
  }

  /**
   * Launches the course again, one launch at a time: the frame is emptied first, so the player ends its session.
   * With `inPlace` (a new version of the course), a running SCORM session is updated in place instead when the
   * page can take the new course (update-in-place.ts).
   */
  #relaunch(options: { reset?: boolean; inPlace?: boolean } = {}): Promise<void> {
    this.#launching = this.#launching
      .then(() => this.#launch(options))
      .catch((error: unknown) => {
        console.error('dlis preview: launch failed', error);
      });
    return this.#launching;
  }

  async #launch(options: { reset?: boolean; inPlace?: boolean }): Promise<void> {
    await this.updateComplete;
    const status = this.status;
    const frame = this.#frame();
    if (!frame || !status?.ok) return;
    const { target, lang, review, xapi } = this.settings;
    if (options.inPlace && (await this.#updateInPlace(frame, status.version))) return;
    await blank(frame);
    if (options.reset) {
      for (const t of TARGETS) if (isScorm(t)) this.#lms.reset(t);
      localStorage.clear();
      await post('/__dlis/api/new-attempt', {});
    }
    // The runtime is replaced only once the last session has ended (the blank page's load).
    if (isScorm(target)) this.#lms.prepare(target, review);
    else this.#lms.uninstall();
    this.dataModel = this.#lms.dataModel();
    const launch = (await post('/__dlis/api/launch', { target, lang: lang || undefined, review, xapi })) as {
      url?: string;
    };
    if (!launch.url) return;
    this.violations = undefined;
    this.launched = status.version;
    this.#launchedWith = this.settings;
    frame.src = launch.url;
    performance.mark('dlis-preview:launched', { detail: status.version });
    await this.#loadStatements();
  }

  /**
   * The new course version into the running page (update-in-place.ts), for a SCORM session under way with the
   * settings it was launched with: the LMS runtime tells when the old session ended and seeds the next one.
   * The other targets, whose sessions end without such a signal (xAPI, cmi5's one-time launch, the browser's
   * storage), are launched again. False when the course must be launched again.
   */
  async #updateInPlace(frame: HTMLIFrameElement, version: number): Promise<boolean> {
    const { target, lang, review, xapi } = this.settings;
    const doc = frame.contentDocument;
    const view = frame.contentWindow;
    const same = this.#launchedWith;
    if (!isScorm(target) || !doc || !view || !this.#lms.sessionRunning()) return false;
    if (
      !same ||
      same.target !== target ||
      same.lang !== lang ||
      same.review !== review ||
      same.xapi !== xapi
    ) {
      return false;
    }
    // The page's own address: launched with these settings, it serves the new version (index.html is never
    // cached), and the launch parameters of its query (hybrid xAPI) stay those the page runs with.
    const response = await fetch(view.location.href, { cache: 'no-store' });
    if (!response.ok) return false;
    performance.mark('dlis-preview:fetched', { detail: version });
    const updated = await updateInPlace(doc, await response.text(), {
      endSession: () => {
        const ended = this.#lms.sessionEnd().then(() => true);
        view.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
        // A player that does not end its session on pagehide would hold the update: launched again instead.
        const stuck = new Promise<boolean>((resolve) =>
          setTimeout(() => resolve(false), SESSION_END_WAIT_MS),
        );
        return Promise.race([ended, stuck]);
      },
      startRuntime: () => {
        this.#lms.prepare(target, review);
        this.dataModel = this.#lms.dataModel();
      },
    });
    if (updated) {
      this.launched = version;
      performance.mark('dlis-preview:updated-in-place', { detail: version });
    }
    return updated;
  }

  #dataModelChanged(): void {
    if (this.#dataModelPending) return;
    this.#dataModelPending = true;
    queueMicrotask(() => {
      this.#dataModelPending = false;
      this.dataModel = this.#lms.dataModel();
    });
  }

  async #loadStatements(): Promise<void> {
    const response = await fetch('/__dlis/api/statements');
    if (response.ok) this.statements = (await response.json()) as CheckedStatement[];
  }
}

function readSettings(): Settings {
  try {
    const stored = JSON.parse(sessionStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<Settings>;
    const target = TARGETS.includes(stored.target as Target)
      ? (stored.target as Target)
      : DEFAULT_SETTINGS.target;
    return { ...DEFAULT_SETTINGS, ...stored, target };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Empties the frame and waits until the course page is gone (its pagehide ended the session). */
function blank(frame: HTMLIFrameElement): Promise<void> {
  if (!frame.getAttribute('src')) return Promise.resolve();
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = 'about:blank';
  });
}

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

customElements.define('dlis-preview-app', DlisPreviewApp);
