import {
  agentKey,
  ActivityTypeIri,
  ContextExtensionIri,
  ResultExtensionIri,
  VerbIri,
  type JsonObject,
} from '@dlis/xapi-profile';
import { AnswerLog, Interner } from './answer-log.ts';

/** A completed questionnaire, as much of it as the report reads. */
export interface Completion {
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
 * Ids and texts numbered once for a whole collection and shared by its segments: the numbers only pack the
 * answers; no output depends on them (definition items are numbered first, so `item < selfCount` is likert).
 */
export class StatementDictionary {
  /** Item and scenario ids, numbered in order of first sight (definition ids first: item < selfCount is likert). */
  readonly itemIds = new Interner();
  /** Responses as sent (`1`…`5`, `na`, option ids): a few dozen texts, each kept once. */
  readonly responseTexts = new Interner();
  readonly questionnaires = new Interner();
  /** Object id of an answered statement → [questionnaire number, item number], or null when not an item IRI. */
  private readonly objectItems = new Map<string, readonly [number, number] | null>();

  constructor(ids: readonly string[]) {
    for (const id of ids) this.itemIds.numberOf(id);
  }

  /** The questionnaire and item numbers of an item IRI, parsed once per distinct IRI. */
  itemOf(objectId: string): readonly [number, number] | null {
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
}

/**
 * What one run of consecutive statements says (all of them, or one stored-time window of a fetch split in
 * windows): the answers per attempt, packed, and every questionnaire completion in the order read. Segments are
 * joined in stored order by RespondentCollector.finish, which gives what reading them one after the other gives.
 */
export class RespondentSegment {
  /** `registration \n questionnaire number` → every answer of that attempt, packed (no statement is kept). */
  readonly answers = new Map<string, AnswerLog>();
  /** Every completed questionnaire with an actor, in the order read (which one counts is decided when joined). */
  readonly completions: { actor: string; completion: Completion }[] = [];
  statements = 0;
  /** Completed-questionnaire statements read, with or without an actor. */
  completionCount = 0;
  private readonly dictionary: StatementDictionary;

  constructor(dictionary: StatementDictionary) {
    this.dictionary = dictionary;
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
      const item = this.dictionary.itemOf(object.id);
      const response = (statement.result as JsonObject | undefined)?.response;
      if (item === null || typeof response !== 'string') return;
      const key = `${registration}\n${item[0]}`;
      let log = this.answers.get(key);
      if (log === undefined) this.answers.set(key, (log = new AnswerLog(this.dictionary.itemIds.size)));
      log.push(item[1], this.dictionary.responseTexts.numberOf(response), Date.parse(timestamp));
      return;
    }
    if (verb !== VerbIri.completed || !isQuestionnaire(object)) return;
    this.completionCount++;
    const actor = agentKey(statement.actor);
    if (actor === undefined) return;
    const ext = (context?.extensions ?? {}) as JsonObject;
    const resultExt = ((statement.result as JsonObject | undefined)?.extensions ?? {}) as JsonObject;
    const consent = ext[ContextExtensionIri.researchConsent] === true;
    const background: Record<string, string> = {};
    const bg = ext[ContextExtensionIri.agilityBackground];
    if (consent && typeof bg === 'object' && bg !== null && !Array.isArray(bg)) {
      for (const [k, v] of Object.entries(bg)) if (typeof v === 'string') background[k] = v;
    }
    this.completions.push({
      actor,
      completion: {
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
      },
    });
  }
}

function isQuestionnaire(object: JsonObject): boolean {
  const type = (object.definition as JsonObject | undefined)?.type;
  return type === ActivityTypeIri.questionnaire || /\/questionnaires\/[^/]+$/.test(String(object.id));
}
