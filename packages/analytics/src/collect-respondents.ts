import { createHash } from 'node:crypto';
import {
  AgilityError,
  NOT_APPLICABLE,
  scoreQuestionnaire,
  type AgilityAnswer,
  type AgilityDefinition,
  type AgilityResult,
} from '@dlis/agility';
import {
  agentKey,
  ActivityTypeIri,
  ContextExtensionIri,
  ResultExtensionIri,
  VerbIri,
  type JsonObject,
} from '@dlis/xapi-profile';
import { AnswerLog, Interner } from './answer-log.ts';
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

interface Completion {
  timestamp: string;
  questionnaire: string;
  registration: string;
  consent: boolean;
  background: Record<string, string>;
  reported: { index: unknown; level: unknown; dimensions: unknown; model: unknown };
}

const ITEM_ID = /^(.*\/questionnaires\/[^/]+)\/items\/([^/]+)$/;
/** Item numbers are packed in 21 bits (AnswerLog); also the bound of the object-id cache. */
const MAX_ITEMS = 2 ** 21;

/**
 * Streams statements in (any order) and rebuilds the respondents. Memory holds the answers of each registration
 * (one small entry per item), never the statements themselves.
 */
export class RespondentCollector {
  private readonly definition: AgilityDefinition;
  /** `registration \n questionnaire number` → every answer of that attempt, packed (no statement is kept). */
  private readonly answers = new Map<string, AnswerLog>();
  /** Item and scenario ids, numbered in order of first sight (definition ids first: item < selfCount is likert). */
  private readonly itemIds = new Interner();
  /** Responses as sent (`1`…`5`, `na`, option ids): a few dozen texts, each kept once. */
  private readonly responseTexts = new Interner();
  private readonly questionnaires = new Interner();
  /** Object id of an answered statement → [questionnaire number, item number], or null when not an item IRI. */
  private readonly objectItems = new Map<string, readonly [number, number] | null>();
  /** Actor key → latest completion. */
  private readonly latest = new Map<string, Completion>();
  private statements = 0;
  private completions = 0;

  constructor(definition: AgilityDefinition) {
    this.definition = definition;
    for (const x of [...definition.items, ...definition.scenarios]) this.itemIds.numberOf(x.id);
  }

  /** The questionnaire and item numbers of an item IRI, parsed once per distinct IRI. */
  private itemOf(objectId: string): readonly [number, number] | null {
    let found = this.objectItems.get(objectId);
    if (found === undefined) {
      const match = ITEM_ID.exec(objectId);
      found =
        match === null
          ? null
          : [
              this.questionnaires.numberOf(match[1] ?? ''),
              this.itemIds.numberOf(decodeURIComponent(match[2] ?? '')),
            ];
      // Bounded: a study has a few hundred item IRIs; past the packing limit unknown ids are not kept apart.
      if (found !== null && found[1] >= MAX_ITEMS) found = null;
      if (this.objectItems.size < MAX_ITEMS) this.objectItems.set(objectId, found);
    }
    return found;
  }

  add(statement: JsonObject): void {
    this.statements++;
    const verb = (statement.verb as JsonObject | undefined)?.id;
    const object = statement.object as JsonObject | undefined;
    const context = statement.context as JsonObject | undefined;
    const registration = context?.registration;
    if (typeof registration !== 'string' || object === undefined || typeof object.id !== 'string') return;
    const timestamp = typeof statement.timestamp === 'string' ? statement.timestamp : '';
    if (verb === VerbIri.answered) {
      const item = this.itemOf(object.id);
      const response = (statement.result as JsonObject | undefined)?.response;
      if (item === null || typeof response !== 'string') return;
      const key = `${registration}\n${item[0]}`;
      let log = this.answers.get(key);
      if (log === undefined) this.answers.set(key, (log = new AnswerLog(this.itemIds.size)));
      log.push(item[1], this.responseTexts.numberOf(response), Date.parse(timestamp));
      return;
    }
    if (verb !== VerbIri.completed || !isQuestionnaire(object)) return;
    this.completions++;
    const actor = agentKey(statement.actor);
    if (actor === undefined) return;
    const previous = this.latest.get(actor);
    if (previous !== undefined && Date.parse(previous.timestamp) >= Date.parse(timestamp)) return;
    const ext = (context?.extensions ?? {}) as JsonObject;
    const resultExt = ((statement.result as JsonObject | undefined)?.extensions ?? {}) as JsonObject;
    const consent = ext[ContextExtensionIri.researchConsent] === true;
    const background: Record<string, string> = {};
    const bg = ext[ContextExtensionIri.agilityBackground];
    if (consent && typeof bg === 'object' && bg !== null && !Array.isArray(bg)) {
      for (const [k, v] of Object.entries(bg)) if (typeof v === 'string') background[k] = v;
    }
    this.latest.set(actor, {
      timestamp,
      questionnaire: object.id,
      registration,
      consent,
      background,
      reported: {
        index: resultExt[ResultExtensionIri.agilityIndex],
        level: resultExt[ResultExtensionIri.agilityLevel],
        dimensions: resultExt[ResultExtensionIri.agilityDimensions],
        model: resultExt[ResultExtensionIri.agilityModel],
      },
    });
  }

  /** Scores every consenting respondent and compares with what the statements reported. Call it once, at the end. */
  finish(): CollectedRespondents {
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
    const questionnaire = this.questionnaires.find(completion.questionnaire);
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
      const response = this.responseTexts.texts[log.response(i)] ?? '';
      const itemId = this.itemIds.texts[item] ?? '';
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

function isQuestionnaire(object: JsonObject): boolean {
  const type = (object.definition as JsonObject | undefined)?.type;
  return type === ActivityTypeIri.questionnaire || /\/questionnaires\/[^/]+$/.test(String(object.id));
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
