import { createHash } from 'node:crypto';
import {
  AgilityError,
  NOT_APPLICABLE,
  scoreQuestionnaire,
  type AgilityAnswer,
  type AgilityDefinition,
  type AgilityResult,
} from '@dlis/agility';
import type { JsonObject } from '@dlis/xapi-profile';
import type { AnswerLog } from './answer-log.ts';
import { RespondentSegment, StatementDictionary, type Completion } from './respondent-segment.ts';
import { packScores, type RespondentScores } from './respondent-scores.ts';

/** One consenting respondent: the latest completed questionnaire of an actor, re-scored from its item answers. */
export interface Respondent {
  /** Pseudonymous id: `r-` + 16 hex of SHA-256 over the registration (see docs/research.md). */
  id: string;
  /** Activity id of the questionnaire. */
  questionnaire: string;
  /** Timestamp of the completed statement. */
  completed: string;
  /** Background answers (option ids) by question id, from the completed statement. */
  background: Record<string, string>;
  /** The recomputed result (the same function as the browser), packed: 20,000 of them stay in memory. */
  result: RespondentScores;
  /**
   * Opaque key of the actor (a hash of its identifier), to pair the same person's answers across two waves
   * (pre/post). Never written to any output.
   */
  pairKey: string;
}

export const DisagreementKind = {
  /** The statement names another model id or version than the one used to recompute. */
  model: 'model',
  index: 'index',
  level: 'level',
  dimension: 'dimension',
  /** The item answers cannot be scored (unknown option, value off the scale): the respondent is left out. */
  unscorable: 'unscorable',
} as const;
export type DisagreementKind = (typeof DisagreementKind)[keyof typeof DisagreementKind];

/** A reported score that the recomputation does not reproduce: counted and listed, never silently fixed. */
export interface Disagreement {
  respondent: string;
  kind: DisagreementKind;
  /** Dimension id for `dimension`; empty otherwise. */
  what: string;
  reported: string;
  recomputed: string;
}

export interface CollectedRespondents {
  respondents: Respondent[];
  disagreements: Disagreement[];
  counts: {
    /** Statements read. */
    statements: number;
    /** Completed-questionnaire statements read. */
    completions: number;
    /** Actors with at least one completed questionnaire. */
    actors: number;
    /** Actors whose latest completed questionnaire says no research consent: left out everywhere. */
    withoutConsent: number;
    /** Consenting actors whose answers could not be scored: left out, listed as `unscorable`. */
    unscorable: number;
  };
}

/** Reported and recomputed scores that differ by more than this are a disagreement (rounding to 2 decimals). */
export const SCORE_TOLERANCE = 0.01;

/**
 * Streams statements in (any order) and rebuilds the respondents. Memory holds the answers of each registration
 * (one small entry per item) and the completions, never the statements themselves. A fetch split in stored-time
 * windows feeds one segment per window (`segments`), in any interleaving; `finish` joins them in window order, so
 * the result is the one of reading every statement in stored order.
 */
export class RespondentCollector {
  private readonly definition: AgilityDefinition;
  private readonly dictionary: StatementDictionary;
  /** In stored order: the one `add` feeds, then those `segments` made. */
  private readonly parts: RespondentSegment[] = [];
  /** Joined by finish: attempt key → answers; actor key → latest completion. */
  private readonly answers = new Map<string, AnswerLog>();
  private readonly latest = new Map<string, Completion>();
  private statements = 0;
  private completions = 0;

  constructor(definition: AgilityDefinition) {
    this.definition = definition;
    this.dictionary = new StatementDictionary(
      [...definition.items, ...definition.scenarios].map((x) => x.id),
    );
    this.parts.push(new RespondentSegment(this.dictionary));
  }

  add(statement: JsonObject): void {
    this.parts[0]!.add(statement);
  }

  /** `count` segments that come after everything `add` was given, in this order (one per stored-time window). */
  segments(count: number): RespondentSegment[] {
    const made = Array.from({ length: count }, () => new RespondentSegment(this.dictionary));
    this.parts.push(...made);
    return made;
  }

  /** Joins the segments in order: answers appended per attempt, completions replayed as if read in sequence. */
  private join(): void {
    for (const part of this.parts) {
      this.statements += part.statements;
      this.completions += part.completionCount;
      for (const [key, log] of part.answers) {
        const earlier = this.answers.get(key);
        if (earlier === undefined) this.answers.set(key, log);
        else earlier.append(log);
      }
      part.answers.clear();
      for (const { actor, completion } of part.completions) {
        const previous = this.latest.get(actor);
        if (previous !== undefined && Date.parse(previous.timestamp) >= Date.parse(completion.timestamp))
          continue;
        this.latest.set(actor, completion);
      }
      part.completions.length = 0;
    }
    this.parts.length = 0;
  }

  /** Scores every consenting respondent and compares with what the statements reported. Call it once, at the end. */
  finish(): CollectedRespondents {
    this.join();
    const respondents: Respondent[] = [];
    const disagreements: Disagreement[] = [];
    let withoutConsent = 0;
    let unscorable = 0;
    // Each attempt's answers are read by its actor's latest completion (by several only if actors share a
    // registration): free them after their last reader, and at once when no consenting completion reads them.
    const readers = new Map<string, number>();
    for (const c of this.latest.values()) {
      const key = this.logKey(c);
      if (c.consent && key !== undefined) readers.set(key, (readers.get(key) ?? 0) + 1);
    }
    for (const key of this.answers.keys()) if (!readers.has(key)) this.answers.delete(key);
    for (const [actor, completion] of this.latest) {
      if (!completion.consent) {
        withoutConsent++;
        continue;
      }
      const id = pseudonym(completion.registration);
      const key = this.logKey(completion);
      const answers = this.answersOf(completion, key);
      if (key !== undefined) {
        const left = (readers.get(key) ?? 1) - 1;
        readers.set(key, left);
        if (left === 0) this.answers.delete(key);
      }
      let result: AgilityResult;
      try {
        result = scoreQuestionnaire(this.definition, answers);
      } catch (error) {
        if (!(error instanceof AgilityError)) throw error;
        unscorable++;
        const issues = error.issues.map((i) => `${i.id}: ${i.code}`).join('; ');
        disagreements.push({
          respondent: id,
          kind: 'unscorable',
          what: '',
          reported: '',
          recomputed: issues,
        });
        continue;
      }
      disagreements.push(...compare(id, completion, result));
      respondents.push({
        id,
        questionnaire: completion.questionnaire,
        completed: completion.timestamp,
        background: completion.background,
        result: packScores(result),
        pairKey: createHash('sha256').update(`dlis-pair\0${actor}`).digest('base64'),
      });
    }
    respondents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const actors = this.latest.size;
    // finish() is the end: free the answers and completions before the statistics run
    this.answers.clear();
    this.latest.clear();
    return {
      respondents,
      disagreements,
      counts: {
        statements: this.statements,
        completions: this.completions,
        actors,
        withoutConsent,
        unscorable,
      },
    };
  }

  /** Latest answer per item at or before the completion (answers of a later retake in the registration are not its). */
  /** Key of the answers of a completion's attempt, or undefined when no answer to its questionnaire was read. */
  private logKey(completion: Completion): string | undefined {
    const questionnaire = this.dictionary.questionnaires.find(completion.questionnaire);
    return questionnaire === undefined ? undefined : `${completion.registration}\n${questionnaire}`;
  }

  private answersOf(completion: Completion, key: string | undefined): Record<string, AgilityAnswer> {
    const answers: Record<string, AgilityAnswer> = {};
    const log = key === undefined ? undefined : this.answers.get(key);
    if (log === undefined) return answers;
    const until = Date.parse(completion.timestamp);
    const bestTime = new Map<number, number>();
    const selfCount = this.definition.items.length;
    for (let i = 0; i < log.length; i++) {
      const item = log.item(i);
      const time = log.time(i);
      if (time > until) continue;
      const best = bestTime.get(item);
      if (best !== undefined && best > time) continue;
      bestTime.set(item, time);
      const response = this.dictionary.responseTexts.texts[log.response(i)] ?? '';
      const itemId = this.dictionary.itemIds.texts[item] ?? '';
      // self-assessment items (numbered first) are likert: `1`…`5` or `na`; anything else is kept as sent
      answers[itemId] =
        item < selfCount && /^\d+$/.test(response)
          ? Number(response)
          : response === NOT_APPLICABLE
            ? NOT_APPLICABLE
            : response;
    }
    return answers;
  }
}

/**
 * Pseudonymous respondent id: `r-` + the first 16 hex digits of SHA-256("dlis-respondent\0" + registration). The
 * registration is a random UUID per attempt, so the id reveals nothing about the person, is stable across reports
 * of the same data, and only someone with read access to the LRS can link it back to the statements.
 */
export function pseudonym(registration: string): string {
  return `r-${createHash('sha256').update(`dlis-respondent\0${registration.toLowerCase()}`).digest('hex').slice(0, 16)}`;
}

function compare(id: string, completion: Completion, result: AgilityResult): Disagreement[] {
  const out: Disagreement[] = [];
  const { reported } = completion;
  const model = reported.model as { id?: unknown; version?: unknown } | undefined;
  const reportedModel = model ? `${String(model.id)} ${String(model.version)}` : '(none)';
  const ownModel = `${result.model.id} ${result.model.version}`;
  if (reportedModel !== ownModel) {
    out.push({ respondent: id, kind: 'model', what: '', reported: reportedModel, recomputed: ownModel });
  }
  if (!sameScore(reported.index, result.index)) {
    out.push({
      respondent: id,
      kind: 'index',
      what: '',
      reported: show(reported.index),
      recomputed: show(result.index),
    });
  }
  const level = result.level?.id ?? null;
  if ((reported.level ?? null) !== level) {
    out.push({
      respondent: id,
      kind: 'level',
      what: '',
      reported: show(reported.level),
      recomputed: show(level),
    });
  }
  const dims = (
    typeof reported.dimensions === 'object' && reported.dimensions !== null ? reported.dimensions : {}
  ) as Record<string, unknown>;
  for (const d of result.dimensions) {
    if (!sameScore(dims[d.id] ?? null, d.score)) {
      out.push({
        respondent: id,
        kind: 'dimension',
        what: d.id,
        reported: show(dims[d.id]),
        recomputed: show(d.score),
      });
    }
  }
  return out;
}

function sameScore(reported: unknown, recomputed: number | null): boolean {
  if (recomputed === null) return reported === null || reported === undefined;
  return typeof reported === 'number' && Math.abs(reported - recomputed) <= SCORE_TOLERANCE;
}

function show(value: unknown): string {
  return value === undefined ? '(none)' : value === null ? 'null' : String(value);
}
