import { LocalAdapter } from './adapters/local/local-adapter.ts';
import { StatusEmitter } from './status-emitter.ts';
import type {
  FinishMode,
  InteractionRecord,
  LearnerState,
  QuestionnaireOutcome,
  SaveOptions,
  Score,
  StartInfo,
  Tracker,
  TrackerOptions,
  TrackerStatus,
} from './tracker.ts';
import { TRACKING_ERROR_CODES, TrackingError } from './tracking-error.ts';
import type { XapiReporter } from './xapi/xapi-reporter.ts';

/**
 * Makes the LMS adapter for `options.target` when the LMS API is found from `win`, else returns undefined.
 * Each per-target factory passes only the connectors it needs, so a bundle ships only those adapters.
 */
export type LmsConnector = (
  win: Window | undefined,
  options: TrackerOptions,
  emitter: StatusEmitter,
) => Tracker | undefined;

/**
 * The Tracker facade: starts with the adapter `connect` gives (or the local one), and falls back to the local
 * adapter when the LMS refuses to initialise (TRACKING_E_INITIALIZE); `start()` then reports
 * `connection: 'local'`.
 */
export class TrackerFacade implements Tracker {
  readonly #emitter = new StatusEmitter();
  #adapter: Tracker;

  readonly #options: TrackerOptions;

  constructor(options: TrackerOptions, connect?: LmsConnector) {
    this.#options = options;
    const win = options.window ?? globalThis.window;
    const lms = options.target !== 'web' && connect ? connect(win, options, this.#emitter) : undefined;
    this.#adapter = lms ?? new LocalAdapter(options, this.#emitter);
  }

  async start(): Promise<StartInfo> {
    try {
      return await this.#adapter.start();
    } catch (error) {
      if (!(error instanceof TrackingError) || error.code !== TRACKING_ERROR_CODES.initialize) throw error;
      this.#adapter = new LocalAdapter(this.#options, this.#emitter);
      return this.#adapter.start();
    }
  }

  progress(pageId: string, measure: number): void {
    this.#adapter.progress(pageId, measure);
  }

  answered(interaction: InteractionRecord): void {
    this.#adapter.answered(interaction);
  }

  questionnaireCompleted(outcome: QuestionnaireOutcome): void {
    this.#adapter.questionnaireCompleted(outcome);
  }

  scored(score: Score): void {
    this.#adapter.scored(score);
  }

  completed(): void {
    this.#adapter.completed();
  }

  passed(): void {
    this.#adapter.passed();
  }

  failed(): void {
    this.#adapter.failed();
  }

  save(state: LearnerState, options?: SaveOptions): void {
    this.#adapter.save(state, options);
  }

  setLanguage(language: string): void {
    this.#adapter.setLanguage?.(language);
  }

  setVariables(values: Readonly<Record<string, string>>): void {
    this.#adapter.setVariables?.(values);
  }

  finish(mode: FinishMode): Promise<void> {
    return this.#adapter.finish(mode);
  }

  onStatus(listener: (status: TrackerStatus) => void): () => void {
    return this.#emitter.on(listener);
  }

  /** The xAPI reporter of the current adapter (cmi5 / xAPI launch), for tests and diagnostics. */
  get reporter(): XapiReporter | undefined {
    return (this.#adapter as { reporter?: XapiReporter }).reporter;
  }
}
