import {
  activityIri,
  buildCompleted,
  buildExperiencedPage,
  buildExperiencedProcess,
  buildFailed,
  buildInitialized,
  buildPassed,
  buildProgressed,
  buildQuestionAnswered,
  buildQuestionnaireCompleted,
  buildQuestionnaireItemAnswered,
  buildResumed,
  buildScenarioDecision,
  buildSuspended,
  buildTerminated,
  formatInteractionValue,
  type AnswerEvent,
  type Score as XapiScore,
  type Statement,
  type StatementContext,
  type XapiInteractionType,
} from '@dlis/xapi-profile';
import type { FinishMode, InteractionRecord, LessonMode, QuestionnaireOutcome, Score } from '../tracker.ts';
import type { DurableQueue } from './durable-queue.ts';
import type { QueueStatus } from './queue-status.ts';
import type { XapiCourseIndex } from './xapi-course.ts';

/** What was already sent in this registration (attempt), kept with the learner state between sessions. */
export interface RegistrationOutcomes {
  completed?: boolean;
  passed?: boolean;
  /** Ids of the process blocks already reported `experienced` in this attempt (each is sent once). */
  experienced?: string[];
}

export interface XapiReporterOptions {
  ctx: StatementContext;
  index: XapiCourseIndex;
  /** The course's default language: names of answers when `ctx.language` is unset. */
  defaultLanguage: string;
  /** The course's languages: `setLanguage()` accepts only these (absent: any). */
  languages?: readonly string[];
  queue: DurableQueue;
  /** browse/review send only initialized, experienced and terminated (docs/tracking.md, "Modes"). */
  mode: LessonMode;
  /** True when the learner comes back to a suspended attempt: `resumed` follows `initialized`. */
  resumed: boolean;
  /** Applies the cmi5 verb rules of a session (cmi5 9.3: no verb twice, one of passed/failed). */
  cmi5: boolean;
  /**
   * cmi5 LaunchData moveOn (cmi5 10.2.5), kept for the record. It does not change what the AU sends: 10.2.5 lets
   * an AU use it, but 9.3.3/9.3.4 say the AU MUST send completed once all material is experienced and passed/failed
   * once judged; moveOn is how the LMS counts those statements.
   */
  moveOn?: string;
  outcomes: RegistrationOutcomes;
  /** Called when `outcomes` changed, so the owner stores them with the attempt. */
  onOutcomes?: (outcomes: RegistrationOutcomes) => void;
  /** Epoch milliseconds (default Date.now); timestamps are made strictly increasing from it. */
  now?: () => number;
}

/**
 * Turns Tracker calls into DLIS profile statements (the builders of @dlis/xapi-profile) and hands them to the
 * durable queue. Never throws for an LRS problem: the queue keeps the statements and reports through its status.
 * Per registration: one `completed`, one `passed`, no `failed` after `passed` (cmi5 9.3, applied to every
 * target). Per session, for cmi5 only: at most one of passed/failed.
 */
export class XapiReporter {
  readonly #o: XapiReporterOptions;
  readonly #now: () => number;
  readonly #startedAt: number;
  #last = 0;
  #score: Score | undefined;
  #judged = false;
  #pageShownAt: number | undefined;
  /** The page last viewed: the parent of a question the course index does not know. */
  #page: string | undefined;
  #finishing: Promise<QueueStatus> | undefined;
  /** The session is ending: no statement but `suspended`/`terminated` from now on. */
  #ended = false;
  #terminated = false;

  constructor(options: XapiReporterOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#startedAt = this.#now();
  }

  get queue(): DurableQueue {
    return this.#o.queue;
  }

  get context(): StatementContext {
    return this.#o.ctx;
  }

  /**
   * Sends `initialized` (always first) and, for a resumed attempt in normal mode, `resumed`. `reopened`: the page
   * was reloaded within a session that already sent them (cmi5: the same token and session id), so it sends
   * neither (cmi5 9.3.0: one `initialized` per session).
   */
  begin(options: { reopened?: boolean } = {}): void {
    if (options.reopened) return;
    this.#send(buildInitialized(this.#o.ctx, { timestamp: this.#stamp() }));
    if (this.#o.resumed && this.#normal) this.#send(buildResumed(this.#o.ctx, { timestamp: this.#stamp() }));
  }

  /**
   * Sends again, in this session, the outcomes (`completed`, `passed`, `failed`) an earlier session made but
   * never delivered (cmi5: its statements cannot be sent with this session's token; open-launch decides which
   * were not stored). Same result (score), this session's context, time and duration.
   */
  carryOver(statements: readonly Statement[]): void {
    for (const old of statements) {
      if (!this.#normal || this.#ended) return;
      const verb = old.verb.id.split('/').at(-1);
      const score = old.result?.score;
      const event = {
        timestamp: this.#stamp(),
        durationMs: this.#sessionMs(),
        ...(score ? { score: score as Required<XapiScore> } : {}),
      };
      if (verb === 'completed') {
        this.#send(buildCompleted(this.#o.ctx, event));
        this.#setOutcome('completed');
      } else if ((verb === 'passed' || verb === 'failed') && !(this.#o.cmi5 && this.#judged)) {
        this.#send(verb === 'passed' ? buildPassed(this.#o.ctx, event) : buildFailed(this.#o.ctx, event));
        this.#judged = true;
        if (verb === 'passed') this.#setOutcome('passed');
      }
    }
  }

  /** `experienced` the page (every mode) and, in normal mode, `progressed` with the course progress. */
  progress(pageId: string, measure: number): void {
    if (this.#ended) return;
    const now = this.#now();
    const ctx = this.#o.ctx;
    const durationMs = this.#pageShownAt === undefined ? undefined : Math.max(0, now - this.#pageShownAt);
    this.#pageShownAt = now;
    this.#page = pageId;
    this.#send(
      buildExperiencedPage(ctx, {
        timestamp: this.#stamp(),
        pageActivityId: activityIri.page(ctx.course.id, pageId),
        name: this.#o.index.pages.get(pageId) ?? { [this.#lang]: pageId },
        ...(durationMs !== undefined ? { durationMs } : {}),
      }),
    );
    if (this.#normal) this.#send(buildProgressed(ctx, { timestamp: this.#stamp(), measure }));
  }

  /**
   * `experienced` a process block the learner went through (the player's `dlis-experienced` event, see
   * experienced-blocks.ts): normal mode only, once per attempt and block (remembered in the outcomes, which the
   * attempt keeps across sessions). An id that is not a process of the course is ignored.
   */
  experiencedProcess(blockId: string): void {
    const process = this.#o.index.processes.get(blockId);
    const kept = this.#o.outcomes.experienced;
    const sent = Array.isArray(kept) ? kept : [];
    if (!process || !this.#normal || this.#ended || sent.includes(blockId)) return;
    const course = this.#o.ctx.course.id;
    const pageName = this.#o.index.pages.get(process.pageId);
    this.#send(
      buildExperiencedProcess(this.#o.ctx, {
        timestamp: this.#stamp(),
        blockActivityId: activityIri.block(course, process.pageId, blockId),
        name: process.title ?? pageName ?? { [this.#lang]: blockId },
        page: {
          activityId: activityIri.page(course, process.pageId),
          ...(pageName ? { name: pageName } : {}),
        },
      }),
    );
    this.#o.outcomes = { ...this.#o.outcomes, experienced: [...sent, blockId] };
    this.#o.onOutcomes?.(this.#o.outcomes);
  }

  /** `answered` a question, a scenario decision or a questionnaire item (normal mode only). */
  answered(record: InteractionRecord): void {
    if (!this.#normal || this.#ended) return;
    const statement = this.#answerStatement(record);
    if (statement) this.#send(statement);
  }

  questionnaireCompleted(outcome: QuestionnaireOutcome): void {
    if (!this.#normal || this.#ended) return;
    const ctx = this.#o.ctx;
    this.#send(
      buildQuestionnaireCompleted(ctx, {
        timestamp: this.#stamp(),
        durationMs: outcome.durationMs,
        questionnaireActivityId: activityIri.questionnaire(ctx.course.id, outcome.questionnaireId),
        name: outcome.name,
        index: outcome.index,
        level: outcome.level,
        dimensions: outcome.dimensions,
        model: outcome.model,
        researchConsent: outcome.researchConsent,
        background: outcome.background,
      }),
    );
  }

  /**
   * The content language the learner now reads: `context.language` (and the language of answer names) of the
   * statements that follow. A tag the course does not have is ignored.
   */
  setLanguage(language: string): void {
    const languages = this.#o.languages;
    if (languages && !languages.includes(language)) return;
    this.#o.ctx = { ...this.#o.ctx, language };
  }

  /** The course variable values: the `course-variables` context extension of the statements that follow. */
  setVariables(values: Readonly<Record<string, string>>): void {
    this.#o.ctx = { ...this.#o.ctx, variables: { ...values } };
  }

  /** Kept for the next passed/failed. */
  scored(score: Score): void {
    this.#score = { ...score };
  }

  completed(): void {
    if (!this.#normal || this.#ended || this.#o.outcomes.completed) return;
    this.#send(buildCompleted(this.#o.ctx, { timestamp: this.#stamp(), durationMs: this.#sessionMs() }));
    this.#setOutcome('completed');
  }

  passed(): void {
    if (!this.#mayJudge()) return;
    this.#send(buildPassed(this.#o.ctx, this.#judgement()));
    this.#judged = true;
    this.#setOutcome('passed');
  }

  failed(): void {
    if (!this.#mayJudge()) return;
    this.#send(buildFailed(this.#o.ctx, this.#judgement()));
    this.#judged = true;
  }

  /**
   * Ends the session: `suspended` (normal mode, suspend) then `terminated`, always last; then one keepalive
   * POST of what waits (the page may be going away). Only the first call acts.
   */
  finish(mode: FinishMode): Promise<QueueStatus> {
    if (!this.#finishing) {
      this.endSession(mode);
      this.terminate();
      this.#finishing = this.#o.queue.flush({ keepalive: true });
    }
    return this.#finishing;
  }

  /** The session ends: `suspended` (normal mode, suspend); nothing but `terminated` follows. Once. */
  endSession(mode: FinishMode): void {
    if (this.#ended) return;
    if (mode === 'suspend' && this.#normal) {
      this.#send(
        buildSuspended(this.#o.ctx, { timestamp: this.#stamp(), sessionDurationMs: this.#sessionMs() }),
      );
    }
    this.#ended = true;
  }

  /** `terminated`, the session's last statement (cmi5 9.3.8). Once. */
  terminate(): void {
    if (this.#terminated) return;
    this.#ended = true;
    this.#terminated = true;
    this.#send(
      buildTerminated(this.#o.ctx, { timestamp: this.#stamp(), sessionDurationMs: this.#sessionMs() }),
    );
  }

  get #normal(): boolean {
    return this.#o.mode === 'normal';
  }

  get #lang(): string {
    return this.#o.ctx.language ?? this.#o.defaultLanguage;
  }

  #mayJudge(): boolean {
    if (!this.#normal || this.#ended || this.#o.outcomes.passed) return false;
    return !(this.#o.cmi5 && this.#judged);
  }

  #judgement() {
    const s = this.#score;
    // cmi5 9.5.1: raw, min and max are integers (partial credit can make points fractional); scaled stays exact.
    const int = this.#o.cmi5 ? Math.round : (x: number) => x;
    return {
      timestamp: this.#stamp(),
      durationMs: this.#sessionMs(),
      ...(s ? { score: { raw: int(s.raw), min: int(s.min), max: int(s.max), scaled: s.scaled } } : {}),
    };
  }

  #setOutcome(key: keyof RegistrationOutcomes): void {
    this.#o.outcomes = { ...this.#o.outcomes, [key]: true };
    this.#o.onOutcomes?.(this.#o.outcomes);
  }

  #answerStatement(record: InteractionRecord): Statement | undefined {
    const ctx = this.#o.ctx;
    const course = ctx.course.id;
    const base: AnswerEvent = {
      timestamp: this.#stamp(),
      activityId: '',
      interactionType: record.type as XapiInteractionType,
      name: { [this.#lang]: record.description || record.id },
      response: formatInteractionValue(record.response),
      correctResponsesPattern: record.correctPatterns.xapi,
      ...(record.result === 'neutral' ? {} : { success: record.result === 'correct' }),
      ...(record.score ? { score: answerScore(record.score) } : {}),
      durationMs: record.latencyMs,
    };
    if (record.questionnaire !== undefined) {
      return buildQuestionnaireItemAnswered(ctx, {
        ...base,
        ...this.#o.index.questionnaires.get(record.questionnaire)?.get(record.id),
        activityId: activityIri.questionnaireItem(course, record.questionnaire, record.id),
        questionnaire: { activityId: activityIri.questionnaire(course, record.questionnaire) },
      });
    }
    const decision = /^(.+)\.(\d+)\.(\d+)$/.exec(record.id);
    const scenario = decision && this.#o.index.scenarios.get(decision[1] ?? '');
    if (decision && scenario) {
      const scenarioId = decision[1] ?? '';
      const chosen = record.response.type === 'choice' ? (record.response.choices[0] ?? '') : '';
      const situation = scenario.situationOfChoice.get(chosen);
      return buildScenarioDecision(ctx, {
        ...base,
        activityId: activityIri.situation(
          course,
          scenarioId,
          situation?.id ?? `${decision[2]}.${decision[3]}`,
        ),
        ...(situation ? { choices: situation.choices } : {}),
        scenario: { activityId: activityIri.scenario(course, scenarioId), name: scenario.title },
        run: Number(decision[2]),
        step: Number(decision[3]),
      });
    }
    const facts = this.#o.index.questions.get(record.id);
    const pageId = facts?.pageId ?? this.#page ?? '';
    return buildQuestionAnswered(ctx, {
      ...base,
      ...facts?.components,
      activityId: activityIri.question(course, record.id),
      page: {
        activityId: activityIri.page(course, pageId),
        ...(this.#o.index.pages.has(pageId) ? { name: this.#o.index.pages.get(pageId) } : {}),
      },
    });
  }

  #send(statement: Statement): void {
    // Never throws into the player: a refused statement (queue full) is reported by the queue's status.
    try {
      this.#o.queue.enqueue(statement as Statement & { id: string });
    } catch {
      // A statement without id cannot happen (makeStatement sets it); nothing else throws.
    }
  }

  /** Strictly increasing timestamps: order by timestamp is the order of calls (cmi5 9.3 ordering rules). */
  #stamp(): Date {
    let t = this.#now();
    if (t <= this.#last) t = this.#last + 1;
    this.#last = t;
    return new Date(t);
  }

  #sessionMs(): number {
    return Math.max(0, this.#now() - this.#startedAt);
  }
}

/**
 * xAPI result.score of one answer (xAPI 1.0.3 §2.4.5.1): min 0 (lower when a scenario choice scores
 * negative), scaled = raw / max within [-1, 1].
 */
export function answerScore(score: { raw: number; max: number }): XapiScore {
  const min = Math.min(0, score.raw);
  const scaled = score.max > 0 ? Math.max(-1, Math.min(1, score.raw / score.max)) : undefined;
  return {
    raw: score.raw,
    min,
    max: score.max,
    ...(scaled !== undefined ? { scaled: Math.round(scaled * 1e6) / 1e6 } : {}),
  };
}
