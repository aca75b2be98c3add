import { API_NAMES, MAX_PARENT_LEVELS, findApi } from './adapters/find-api.ts';
import { LocalAdapter } from './adapters/local/local-adapter.ts';
import { Scorm12Adapter } from './adapters/scorm12/scorm12-adapter.ts';
import type { Scorm12Api } from './adapters/scorm12/scorm12-api.ts';
import { Scorm2004Adapter } from './adapters/scorm2004/scorm2004-adapter.ts';
import type { Scorm2004Api } from './adapters/scorm2004/scorm2004-api.ts';
import { StatusEmitter } from './status-emitter.ts';
import type {
  FinishMode,
  InteractionRecord,
  LearnerState,
  Score,
  StartInfo,
  Tracker,
  TrackerOptions,
  TrackerStatus,
} from './tracker.ts';
import { TRACKING_ERROR_CODES, TrackingError } from './tracking-error.ts';

/**
 * Creates the tracker for a package target: 'scorm12' and 'scorm2004' look for the LMS API now (parent frames,
 * then opener, see find-api.ts); 'web' uses the local adapter. When a SCORM target finds no API, or the LMS
 * refuses to initialise, the tracker falls back to the local adapter and `start()` reports
 * `connection: 'local'`.
 */
export function createTracker(options: TrackerOptions): Tracker {
  return new TrackerFacade(options);
}

class TrackerFacade implements Tracker {
  private readonly emitter = new StatusEmitter();
  private adapter: Tracker;

  constructor(private readonly options: TrackerOptions) {
    this.adapter = this.pickAdapter();
  }

  async start(): Promise<StartInfo> {
    try {
      return await this.adapter.start();
    } catch (error) {
      if (!(error instanceof TrackingError) || error.code !== TRACKING_ERROR_CODES.initialize) throw error;
      this.adapter = new LocalAdapter(this.options, this.emitter);
      return this.adapter.start();
    }
  }

  progress(pageId: string, measure: number): void {
    this.adapter.progress(pageId, measure);
  }

  answered(interaction: InteractionRecord): void {
    this.adapter.answered(interaction);
  }

  scored(score: Score): void {
    this.adapter.scored(score);
  }

  completed(): void {
    this.adapter.completed();
  }

  passed(): void {
    this.adapter.passed();
  }

  failed(): void {
    this.adapter.failed();
  }

  save(state: LearnerState): void {
    this.adapter.save(state);
  }

  finish(mode: FinishMode): Promise<void> {
    return this.adapter.finish(mode);
  }

  onStatus(listener: (status: TrackerStatus) => void): () => void {
    return this.emitter.on(listener);
  }

  private pickAdapter(): Tracker {
    const { target } = this.options;
    const win = this.options.window ?? globalThis.window;
    if (target !== 'web' && win) {
      const api = findApi(win, API_NAMES[target], MAX_PARENT_LEVELS[target]);
      if (api && target === 'scorm12')
        return new Scorm12Adapter(api as Scorm12Api, this.options, this.emitter);
      if (api && target === 'scorm2004')
        return new Scorm2004Adapter(api as Scorm2004Api, this.options, this.emitter);
    }
    return new LocalAdapter(this.options, this.emitter);
  }
}
