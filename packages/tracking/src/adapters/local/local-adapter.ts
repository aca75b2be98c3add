import { decodeLearnerState, encodeLearnerState } from '../../suspend-data/index.ts';
import type { StatusEmitter } from '../../status-emitter.ts';
import type {
  FinishMode,
  InteractionRecord,
  QuestionnaireOutcome,
  LearnerState,
  Score,
  StartInfo,
  Tracker,
  TrackerOptions,
  TrackerStatus,
} from '../../tracker.ts';

/** localStorage key of a course: `dlis:<courseId>`. */
export function localStorageKey(courseId: string): string {
  return `dlis:${courseId}`;
}

/** What the local adapter keeps per course (JSON in localStorage). */
export interface LocalRecord {
  format: 1;
  /** Encoded learner state (same codec as SCORM suspend data). */
  suspendData?: string;
  location?: string;
  completion: 'incomplete' | 'completed';
  success: 'unknown' | 'passed' | 'failed';
  progress?: number;
  score?: Score;
}

/**
 * The local adapter: 'web' packages, and SCORM packages opened without an LMS. Keeps the state in
 * localStorage under `dlis:<courseId>`. When storage is missing or throws (private mode, quota, sandboxed
 * frame) it keeps going in memory and emits `save-failed` (retrying: false) once, then `saved` when a later
 * write succeeds. Interactions are not stored (the answers are in the learner state).
 */
export class LocalAdapter implements Tracker {
  #record: LocalRecord = { format: 1, completion: 'incomplete', success: 'unknown' };
  #failing = false;
  #finishing: Promise<void> | undefined;

  readonly #options: TrackerOptions;
  readonly #emitter: StatusEmitter;

  constructor(options: TrackerOptions, emitter: StatusEmitter) {
    this.#options = options;
    this.#emitter = emitter;
  }

  async start(): Promise<StartInfo> {
    const stored = this.#read();
    if (stored) this.#record = stored;
    const resume =
      this.#record.suspendData === undefined
        ? undefined
        : decodeLearnerState(this.#record.suspendData, this.#options.layout);
    const info: StartInfo = {
      connection: 'local',
      standard: 'local',
      learner: {},
      credit: true,
      mode: 'normal',
    };
    if (resume) info.resume = resume;
    return info;
  }

  progress(pageId: string, measure: number): void {
    this.#record.location = pageId;
    this.#record.progress = Math.min(1, Math.max(0, measure));
    this.#write();
  }

  answered(_interaction: InteractionRecord): void {
    // Nothing to keep beyond the learner state, which save() stores.
  }

  questionnaireCompleted(_outcome: QuestionnaireOutcome): void {
    // The result is recomputed from the answers the learner state keeps; nothing else to store.
  }

  scored(score: Score): void {
    this.#record.score = { ...score };
    this.#write();
  }

  completed(): void {
    this.#record.completion = 'completed';
    this.#write();
  }

  passed(): void {
    this.#record.success = 'passed';
    this.#write();
  }

  failed(): void {
    if (this.#record.success === 'passed') return;
    this.#record.success = 'failed';
    this.#write();
  }

  save(state: LearnerState): void {
    this.#record.location = state.page;
    this.#record.suspendData = encodeLearnerState(state, this.#options.layout);
    this.#write();
  }

  finish(_mode: FinishMode): Promise<void> {
    if (!this.#finishing) {
      // Synchronous: from pagehide there is no later turn.
      this.#write();
      this.#emitter.emit({ kind: 'finished' });
      this.#finishing = Promise.resolve();
    }
    return this.#finishing;
  }

  onStatus(listener: (status: TrackerStatus) => void): () => void {
    return this.#emitter.on(listener);
  }

  #storage(): Storage | undefined {
    const win = this.#options.window ?? globalThis.window;
    return win?.localStorage ?? undefined;
  }

  #read(): LocalRecord | undefined {
    try {
      const text = this.#storage()?.getItem(localStorageKey(this.#options.courseId));
      if (!text) return undefined;
      const parsed = JSON.parse(text) as Partial<LocalRecord> | null;
      if (parsed?.format !== 1) return undefined;
      return {
        format: 1,
        completion: parsed.completion === 'completed' ? 'completed' : 'incomplete',
        success: parsed.success === 'passed' || parsed.success === 'failed' ? parsed.success : 'unknown',
        ...(typeof parsed.suspendData === 'string' ? { suspendData: parsed.suspendData } : {}),
        ...(typeof parsed.location === 'string' ? { location: parsed.location } : {}),
        ...(typeof parsed.progress === 'number' ? { progress: parsed.progress } : {}),
        ...(parsed.score && typeof parsed.score === 'object' ? { score: parsed.score } : {}),
      };
    } catch {
      return undefined;
    }
  }

  #write(): void {
    try {
      const storage = this.#storage();
      if (!storage) throw new Error('localStorage is not available');
      storage.setItem(localStorageKey(this.#options.courseId), JSON.stringify(this.#record));
      if (this.#failing) this.#emitter.emit({ kind: 'saved' });
      this.#failing = false;
    } catch (error) {
      if (!this.#failing) {
        const reason = error instanceof Error ? error.message : String(error);
        this.#emitter.emit({
          kind: 'save-failed',
          retrying: false,
          detail: `Progress cannot be stored in this browser (${reason}); it is kept until the page closes.`,
        });
      }
      this.#failing = true;
    }
  }
}
