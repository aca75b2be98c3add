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
  ActivityTypeIri,
  ContextExtensionIri,
  ResultExtensionIri,
  VerbIri,
  type JsonObject,
} from '@dlis/xapi-profile';

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
  /** The recomputed result (the same function as the browser), kept compact: 20,000 of them stay in memory. */
  result: RespondentScores;
}

/** What the statistics and outputs need of an AgilityResult; arrays are in definition order. */
export interface RespondentScores {
  model: { id: string; version: string };
  index: number | null;
  /** Level id, or null without an index. */
  level: number | null;
  dimensions: {
    id: string;
    status: string;
    score: number | null;
    self: number | null;
    knowledge: number | null;
  }[];
  /** Raw answer of each self-assessment item (`definition.items` order): 1..5, `na`, or null when missing. */
  itemAnswers: (number | 'na' | null)[];
  /** Item score 0..100 (reverse items reversed), null for N/A and missing. */
  itemScores: (number | null)[];
  /** Option id of each scenario (`definition.scenarios` order), or null. */
  scenarioAnswers: (string | null)[];
  scenarioCredits: (number | null)[];
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

/**
 * Streams statements in (any order) and rebuilds the respondents. Memory holds the answers of each registration
 * (one small entry per item), never the statements themselves.
 */
export class RespondentCollector {
  private readonly definition: AgilityDefinition;
  /**
   * `registration \n questionnaire` → every answer, in three parallel arrays (item number, time in ms, response):
   * about 1 KB per respondent, whatever the number of statements.
   */
  private readonly answers = new Map<string, { item: number[]; time: number[]; response: string[] }>();
  /** Item and scenario ids, numbered in order of first sight (definition ids first). */
  private readonly itemNumbers = new Map<string, number>();
  private readonly itemIds: string[] = [];
  /** Actor key → latest completion. */
  private readonly latest = new Map<string, Completion>();
  private statements = 0;
  private completions = 0;

  constructor(definition: AgilityDefinition) {
    this.definition = definition;
    for (const x of [...definition.items, ...definition.scenarios]) this.numberOf(x.id);
  }

  private numberOf(itemId: string): number {
    let n = this.itemNumbers.get(itemId);
    if (n === undefined) {
      n = this.itemIds.length;
      this.itemNumbers.set(itemId, n);
      this.itemIds.push(itemId);
    }
    return n;
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
      const match = ITEM_ID.exec(object.id);
      const response = (statement.result as JsonObject | undefined)?.response;
      if (match === null || typeof response !== 'string') return;
      const key = `${registration}\n${match[1]}`;
      let list = this.answers.get(key);
      if (list === undefined) this.answers.set(key, (list = { item: [], time: [], response: [] }));
      list.item.push(this.numberOf(decodeURIComponent(match[2] ?? '')));
      list.time.push(Date.parse(timestamp));
      list.response.push(response);
      return;
    }
    if (verb !== VerbIri.completed || !isQuestionnaire(object)) return;
    this.completions++;
    const actor = actorKey(statement.actor);
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
    for (const completion of this.latest.values()) {
      if (!completion.consent) {
        withoutConsent++;
        continue;
      }
      const id = pseudonym(completion.registration);
      const answers = this.answersOf(completion);
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
        result: compact(result),
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
  private answersOf(completion: Completion): Record<string, AgilityAnswer> {
    const list = this.answers.get(`${completion.registration}\n${completion.questionnaire}`);
    const answers: Record<string, AgilityAnswer> = {};
    if (list === undefined) return answers;
    const until = Date.parse(completion.timestamp);
    const bestTime = new Map<number, number>();
    const selfCount = this.definition.items.length;
    for (let i = 0; i < list.item.length; i++) {
      const item = list.item[i] ?? 0;
      const time = list.time[i] ?? 0;
      if (time > until) continue;
      const best = bestTime.get(item);
      if (best !== undefined && best > time) continue;
      bestTime.set(item, time);
      const response = list.response[i] ?? '';
      const itemId = this.itemIds[item] ?? '';
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

/** The parts of a result that the statistics and outputs use (a full AgilityResult is ~7 KB). */
function compact(result: AgilityResult): RespondentScores {
  return {
    model: result.model,
    index: result.index,
    level: result.level?.id ?? null,
    dimensions: result.dimensions.map((d) => ({
      id: d.id,
      status: d.status,
      score: d.score,
      self: d.self,
      knowledge: d.knowledge,
    })),
    itemAnswers: result.items.map((i) => i.answer),
    itemScores: result.items.map((i) => i.score),
    scenarioAnswers: result.scenarios.map((s) => s.answer),
    scenarioCredits: result.scenarios.map((s) => s.credit),
  };
}

function isQuestionnaire(object: JsonObject): boolean {
  const type = (object.definition as JsonObject | undefined)?.type;
  return type === ActivityTypeIri.questionnaire || /\/questionnaires\/[^/]+$/.test(String(object.id));
}

/** The actor's Inverse Functional Identifier as a string key (xAPI 1.0.3 Part Two §2.4.2.1). */
function actorKey(actor: unknown): string | undefined {
  if (typeof actor !== 'object' || actor === null) return undefined;
  const a = actor as JsonObject;
  const account = a.account as JsonObject | undefined;
  if (account !== undefined) return `account:${String(account.homePage)}|${String(account.name)}`;
  for (const k of ['mbox', 'mbox_sha1sum', 'openid'] as const) {
    if (typeof a[k] === 'string') return `${k}:${a[k]}`;
  }
  return undefined;
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
