/**
 * Basic structure checks of an xAPI statement, keeping to what is valid under both xAPI 1.0.3 and 2.0 (xAPI
 * 1.0.3 §2.4, xAPI 2.0 Part Two §2.4). Not a full conformance suite: it covers the properties DLIS sends, so a
 * builder bug or a hand-edited statement is caught in tests.
 */

/** One problem: where (a JSONPath) and what. */
export interface StatementFailure {
  path: string;
  message: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
const LANG_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DURATION =
  /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const TOP_LEVEL = new Set([
  'id',
  'actor',
  'verb',
  'object',
  'result',
  'context',
  'timestamp',
  'stored',
  'authority',
  'version',
  'attachments',
]);
const CONTEXT = new Set([
  'registration',
  'instructor',
  'team',
  'contextActivities',
  'revision',
  'platform',
  'language',
  'statement',
  'extensions',
]);
const CONTEXT_ACTIVITY_KEYS = new Set(['parent', 'grouping', 'category', 'other']);
const INTERACTION_TYPES = new Set([
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
]);
const COMPONENT_KEYS = ['choices', 'scale', 'source', 'target', 'steps'] as const;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every structural problem of `statement` (empty when none). */
export function validateStatementStructure(statement: unknown): StatementFailure[] {
  const out: StatementFailure[] = [];
  const fail = (path: string, message: string) => out.push({ path, message });
  if (!isObj(statement)) {
    fail('$', 'A statement must be a JSON object.');
    return out;
  }
  for (const key of Object.keys(statement)) {
    if (!TOP_LEVEL.has(key)) fail(`$.${key}`, `"${key}" is not a statement property in xAPI 1.0.3.`);
  }
  if (typeof statement.id !== 'string' || !UUID.test(statement.id))
    fail('$.id', 'id must be a UUID made by the sender.');
  checkActor(statement.actor, '$.actor', fail);
  if (!isObj(statement.verb) || !isIri(statement.verb.id)) fail('$.verb.id', 'verb.id must be an IRI.');
  else if (statement.verb.display !== undefined)
    checkLanguageMap(statement.verb.display, '$.verb.display', fail);
  checkObject(statement.object, fail);
  if (statement.result !== undefined) checkResult(statement.result, fail);
  if (statement.context !== undefined) checkContext(statement.context, fail);
  if (typeof statement.timestamp !== 'string' || !TIMESTAMP.test(statement.timestamp)) {
    fail(
      '$.timestamp',
      'timestamp must be an ISO 8601 date-time with a time zone (2026-11-28T10:00:00.000Z).',
    );
  }
  return out;
}

type Fail = (path: string, message: string) => void;

function isIri(x: unknown): boolean {
  return typeof x === 'string' && IRI.test(x);
}

function checkActor(actor: unknown, path: string, fail: Fail): void {
  if (!isObj(actor)) return fail(path, 'actor must be an Agent object.');
  if (actor.objectType !== undefined && actor.objectType !== 'Agent')
    fail(`${path}.objectType`, 'actor.objectType must be "Agent".');
  const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => actor[k] !== undefined);
  if (ifis.length !== 1)
    fail(
      path,
      `An Agent needs exactly one identifier (mbox, mbox_sha1sum, openid or account); found ${ifis.length}.`,
    );
  if (actor.mbox !== undefined && (typeof actor.mbox !== 'string' || !actor.mbox.startsWith('mailto:'))) {
    fail(`${path}.mbox`, 'mbox must be a "mailto:" IRI.');
  }
  if (actor.account !== undefined) {
    const a = actor.account;
    if (!isObj(a) || !isIri(a.homePage)) fail(`${path}.account.homePage`, 'account.homePage must be an IRL.');
    if (!isObj(a) || typeof a.name !== 'string' || a.name === '')
      fail(`${path}.account.name`, 'account.name must be a non-empty string.');
  }
  if (actor.name !== undefined && typeof actor.name !== 'string')
    fail(`${path}.name`, 'name must be a string.');
}

function checkLanguageMap(map: unknown, path: string, fail: Fail): void {
  if (!isObj(map)) return fail(path, 'A language map must be an object.');
  for (const [tag, text] of Object.entries(map)) {
    if (!LANG_TAG.test(tag)) fail(`${path}['${tag}']`, `"${tag}" is not a BCP 47 language tag.`);
    if (typeof text !== 'string') fail(`${path}['${tag}']`, 'Language map values must be strings.');
  }
}

function checkExtensions(ext: unknown, path: string, fail: Fail): void {
  if (!isObj(ext)) return fail(path, 'extensions must be an object.');
  for (const key of Object.keys(ext))
    if (!isIri(key)) fail(`${path}['${key}']`, 'Extension keys must be IRIs.');
}

function checkObject(object: unknown, fail: Fail): void {
  if (!isObj(object)) return fail('$.object', 'object must be an Activity object.');
  if (object.objectType !== undefined && object.objectType !== 'Activity')
    fail('$.object.objectType', 'DLIS statements have an Activity as object.');
  if (!isIri(object.id)) fail('$.object.id', 'object.id must be an IRI.');
  if (object.definition !== undefined) checkDefinition(object.definition, '$.object.definition', fail);
}

function checkDefinition(def: unknown, path: string, fail: Fail): void {
  if (!isObj(def)) return fail(path, 'definition must be an object.');
  if (def.type !== undefined && !isIri(def.type)) fail(`${path}.type`, 'definition.type must be an IRI.');
  if (def.name !== undefined) checkLanguageMap(def.name, `${path}.name`, fail);
  if (def.description !== undefined) checkLanguageMap(def.description, `${path}.description`, fail);
  if (def.extensions !== undefined) checkExtensions(def.extensions, `${path}.extensions`, fail);
  if (def.interactionType !== undefined && !INTERACTION_TYPES.has(def.interactionType as string)) {
    fail(`${path}.interactionType`, `"${String(def.interactionType)}" is not an xAPI interaction type.`);
  }
  const crp = def.correctResponsesPattern;
  if (crp !== undefined && (!Array.isArray(crp) || !crp.every((p) => typeof p === 'string'))) {
    fail(`${path}.correctResponsesPattern`, 'correctResponsesPattern must be an array of strings.');
  }
  for (const key of COMPONENT_KEYS) {
    const list = def[key];
    if (list === undefined) continue;
    if (def.interactionType === undefined) fail(`${path}.${key}`, `${key} needs an interactionType.`);
    if (!Array.isArray(list) || list.length === 0) {
      fail(`${path}.${key}`, `${key} must be a non-empty array of interaction components.`);
      continue;
    }
    list.forEach((c, i) => {
      if (!isObj(c) || typeof c.id !== 'string' || c.id === '')
        fail(`${path}.${key}[${i}].id`, 'An interaction component needs a non-empty id.');
      else if (c.description !== undefined)
        checkLanguageMap(c.description, `${path}.${key}[${i}].description`, fail);
    });
  }
}

function checkResult(result: unknown, fail: Fail): void {
  if (!isObj(result)) return fail('$.result', 'result must be an object.');
  const score = result.score;
  if (score !== undefined) {
    if (!isObj(score)) fail('$.result.score', 'score must be an object.');
    else {
      const { scaled, raw, min, max } = score as Record<string, unknown>;
      for (const [k, x] of Object.entries({ scaled, raw, min, max })) {
        if (x !== undefined && (typeof x !== 'number' || !Number.isFinite(x)))
          fail(`$.result.score.${k}`, `score.${k} must be a number.`);
      }
      if (typeof scaled === 'number' && (scaled < -1 || scaled > 1))
        fail('$.result.score.scaled', 'score.scaled must be within [-1, 1].');
      if (typeof min === 'number' && typeof max === 'number' && min >= max)
        fail('$.result.score.min', 'score.min must be less than score.max.');
      if (
        typeof raw === 'number' &&
        ((typeof min === 'number' && raw < min) || (typeof max === 'number' && raw > max))
      ) {
        fail('$.result.score.raw', 'score.raw must be within [min, max].');
      }
    }
  }
  for (const k of ['success', 'completion'] as const) {
    if (result[k] !== undefined && typeof result[k] !== 'boolean')
      fail(`$.result.${k}`, `${k} must be a boolean.`);
  }
  if (result.response !== undefined && typeof result.response !== 'string')
    fail('$.result.response', 'response must be a string.');
  if (
    result.duration !== undefined &&
    (typeof result.duration !== 'string' || !DURATION.test(result.duration))
  ) {
    fail('$.result.duration', 'duration must be an ISO 8601 duration (PT1M2.5S).');
  }
  if (result.extensions !== undefined) checkExtensions(result.extensions, '$.result.extensions', fail);
}

function checkContext(context: unknown, fail: Fail): void {
  if (!isObj(context)) return fail('$.context', 'context must be an object.');
  for (const key of Object.keys(context)) {
    if (!CONTEXT.has(key)) {
      const v2 =
        key === 'contextAgents' || key === 'contextGroups' ? ' (xAPI 2.0 only: invalid under 1.0.3)' : '';
      fail(`$.context.${key}`, `"${key}" is not a context property in xAPI 1.0.3${v2}.`);
    }
  }
  if (
    context.registration !== undefined &&
    (typeof context.registration !== 'string' || !UUID.test(context.registration))
  ) {
    fail('$.context.registration', 'registration must be a UUID.');
  }
  for (const k of ['platform', 'revision'] as const) {
    if (context[k] !== undefined && typeof context[k] !== 'string')
      fail(`$.context.${k}`, `${k} must be a string.`);
  }
  if (
    context.language !== undefined &&
    (typeof context.language !== 'string' || !LANG_TAG.test(context.language))
  ) {
    fail('$.context.language', 'language must be a BCP 47 tag.');
  }
  if (context.extensions !== undefined) checkExtensions(context.extensions, '$.context.extensions', fail);
  const ca = context.contextActivities;
  if (ca === undefined) return;
  if (!isObj(ca)) return fail('$.context.contextActivities', 'contextActivities must be an object.');
  for (const [key, list] of Object.entries(ca)) {
    const path = `$.context.contextActivities.${key}`;
    if (!CONTEXT_ACTIVITY_KEYS.has(key)) fail(path, `"${key}" is not parent, grouping, category or other.`);
    else if (!Array.isArray(list))
      fail(path, `${key} must be an array (xAPI 2.0 no longer accepts a single object).`);
    else {
      list.forEach((a, i) => {
        if (!isObj(a) || !isIri(a.id)) fail(`${path}[${i}].id`, 'A context activity needs an IRI id.');
        else if (a.definition !== undefined) checkDefinition(a.definition, `${path}[${i}].definition`, fail);
      });
    }
  }
}
