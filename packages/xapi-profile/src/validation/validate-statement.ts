import type { XapiVersion } from './xapi-version.ts';
import { StatementChecker, type JsonObject } from './statement-checker.ts';
import { validateActivity } from './validate-activity.ts';
import { checkActor, checkAgent } from './validate-actor.ts';
import { isDuration, isLanguageTag, isTimestamp, isUuid } from './xapi-formats.ts';

/** The verb that voids (1.0.3 Part Two §2.3.2). */
export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

const STATEMENT_KEYS = [
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
] as const;
const SUB_STATEMENT_KEYS = [
  'objectType',
  'actor',
  'verb',
  'object',
  'result',
  'context',
  'timestamp',
  'attachments',
];

const CONTEXT_KEYS = [
  'registration',
  'instructor',
  'team',
  'contextActivities',
  'revision',
  'platform',
  'language',
  'statement',
  'extensions',
];
const CONTEXT_KEYS_2 = [...CONTEXT_KEYS, 'contextAgents', 'contextGroups'];

/**
 * Validates one statement against the xAPI data model of `version` (1.0.3 Part Two, 2.0 §4.2) as an LRS receives
 * it: id, stored, authority and version are optional. Throws a StatementValidationError naming the property path
 * on the first problem; `path` prefixes the paths (`statement`, `statements[3]`, `$`). Returns the value, typed.
 */
export function validateStatement(value: unknown, version: XapiVersion, path = 'statement'): JsonObject {
  const c = new StatementChecker(version);
  const st = c.object(value, path);
  c.keys(st, path, STATEMENT_KEYS);
  if (st.id !== undefined && !isUuid(st.id))
    c.fail(`${path}.id`, 'must be a UUID (RFC 4122), e.g. "e05aa883-…".');
  validateCore(c, st, path, false);
  if (st.stored !== undefined && !isTimestamp(st.stored))
    c.fail(`${path}.stored`, 'must be an ISO 8601 timestamp.');
  if (st.authority !== undefined) validateAuthority(c, st.authority, `${path}.authority`);
  if (st.version !== undefined) {
    const ok = version === '1.0.3' ? /^1\.0(\.\d+)?$/ : /^(1\.0(\.\d+)?|2\.0(\.\d+)?)$/;
    if (typeof st.version !== 'string' || !ok.test(st.version)) {
      c.fail(`${path}.version`, `must be ${version === '1.0.3' ? '"1.0.x"' : '"1.0.x" or "2.0.x"'}.`);
    }
  }
  return st;
}

/** Properties shared by Statements and SubStatements. */
function validateCore(c: StatementChecker, st: JsonObject, path: string, sub: boolean): void {
  checkActor(c, c.required(st, path, 'actor'), `${path}.actor`);
  const verb = c.object(c.required(st, path, 'verb'), `${path}.verb`);
  c.keys(verb, `${path}.verb`, ['id', 'display']);
  const verbId = c.iri(c.required(verb, `${path}.verb`, 'id'), `${path}.verb.id`);
  if (verb.display !== undefined) c.languageMap(verb.display, `${path}.verb.display`);

  const object = c.object(c.required(st, path, 'object'), `${path}.object`);
  const objectType = object.objectType ?? 'Activity';
  validateObject(c, object, `${path}.object`, sub);
  // 1.0.3 Part Two §2.3.2: a voiding statement's object MUST be a StatementRef.
  if (verbId === VOIDED_VERB && objectType !== 'StatementRef') {
    c.fail(`${path}.object.objectType`, `a statement with verb "${VOIDED_VERB}" must target a StatementRef.`);
  }
  if (st.result !== undefined) validateResult(c, st.result, `${path}.result`);
  if (st.context !== undefined) validateContext(c, st.context, `${path}.context`, objectType);
  if (st.timestamp !== undefined && !isTimestamp(st.timestamp)) {
    c.fail(
      `${path}.timestamp`,
      'must be an ISO 8601 date-time such as "2026-11-28T10:00:00Z" (not "-00:00").',
    );
  }
  if (st.attachments !== undefined) {
    c.array(st.attachments, `${path}.attachments`).forEach((a, i) =>
      validateAttachment(c, a, `${path}.attachments[${i}]`),
    );
  }
}

function validateObject(c: StatementChecker, object: JsonObject, path: string, sub: boolean): void {
  switch (object.objectType ?? 'Activity') {
    case 'Activity':
      validateActivity(c, object, path);
      return;
    case 'Agent':
    case 'Group':
      checkActor(c, object, path, true);
      return;
    case 'StatementRef':
      c.keys(object, path, ['objectType', 'id']);
      if (!isUuid(object.id)) c.fail(`${path}.id`, 'must be the UUID of the referenced statement.');
      return;
    case 'SubStatement':
      // 1.0.3 Part Two §2.4.4.3: a SubStatement MUST NOT contain a SubStatement.
      if (sub) c.fail(`${path}.objectType`, 'a SubStatement cannot contain another SubStatement.');
      c.keys(object, path, SUB_STATEMENT_KEYS);
      validateCore(c, object, path, true);
      return;
    default:
      c.fail(`${path}.objectType`, 'must be one of Activity, Agent, Group, StatementRef, SubStatement.');
  }
}

/** Result (1.0.3 Part Two §2.4.5): score ranges, ISO 8601 duration. */
function validateResult(c: StatementChecker, value: unknown, path: string): void {
  const result = c.object(value, path);
  c.keys(result, path, ['score', 'success', 'completion', 'response', 'duration', 'extensions']);
  if (result.score !== undefined) {
    const score = c.object(result.score, `${path}.score`);
    c.keys(score, `${path}.score`, ['scaled', 'raw', 'min', 'max']);
    const n = (k: string) => (score[k] === undefined ? undefined : c.number(score[k], `${path}.score.${k}`));
    const [scaled, raw, min, max] = [n('scaled'), n('raw'), n('min'), n('max')];
    if (scaled !== undefined && (scaled < -1 || scaled > 1)) {
      c.fail(`${path}.score.scaled`, `must be between -1 and 1, got ${scaled}.`);
    }
    if (min !== undefined && max !== undefined && max < min) {
      c.fail(`${path}.score.max`, `must not be less than min (${min}), got ${max}.`);
    }
    if (raw !== undefined && min !== undefined && raw < min) {
      c.fail(`${path}.score.raw`, `must not be less than min (${min}), got ${raw}.`);
    }
    if (raw !== undefined && max !== undefined && raw > max) {
      c.fail(`${path}.score.raw`, `must not be greater than max (${max}), got ${raw}.`);
    }
  }
  if (result.success !== undefined) c.boolean(result.success, `${path}.success`);
  if (result.completion !== undefined) c.boolean(result.completion, `${path}.completion`);
  if (result.response !== undefined) c.string(result.response, `${path}.response`);
  if (result.duration !== undefined && !isDuration(result.duration)) {
    c.fail(`${path}.duration`, 'must be an ISO 8601 duration such as "PT1M30S".');
  }
  if (result.extensions !== undefined) c.extensions(result.extensions, `${path}.extensions`);
}

/** Context (1.0.3 Part Two §2.4.6; 2.0 §4.2.2.5 adds contextAgents and contextGroups). */
function validateContext(c: StatementChecker, value: unknown, path: string, objectType: unknown): void {
  const context = c.object(value, path);
  c.keys(context, path, c.version === '2.0.0' ? CONTEXT_KEYS_2 : CONTEXT_KEYS);
  if (context.registration !== undefined && !isUuid(context.registration)) {
    c.fail(`${path}.registration`, 'must be a UUID.');
  }
  if (context.instructor !== undefined) checkActor(c, context.instructor, `${path}.instructor`);
  if (context.team !== undefined) {
    checkActor(c, context.team, `${path}.team`);
    if (c.object(context.team, `${path}.team`).objectType !== 'Group') {
      c.fail(`${path}.team.objectType`, 'the team must be a Group (objectType "Group").');
    }
  }
  // 1.0.3 Part Two §2.4.6: revision and platform MUST only be used when the object is an Activity.
  for (const key of ['revision', 'platform'] as const) {
    if (context[key] === undefined) continue;
    c.string(context[key], `${path}.${key}`);
    if (objectType !== 'Activity')
      c.fail(`${path}.${key}`, 'may only be used when the object is an Activity.');
  }
  if (context.language !== undefined && !isLanguageTag(context.language)) {
    c.fail(`${path}.language`, 'must be an RFC 5646 language tag.');
  }
  if (context.statement !== undefined) {
    const ref = c.object(context.statement, `${path}.statement`);
    c.keys(ref, `${path}.statement`, ['objectType', 'id']);
    if (ref.objectType !== 'StatementRef') c.fail(`${path}.statement.objectType`, 'must be "StatementRef".');
    if (!isUuid(ref.id)) c.fail(`${path}.statement.id`, 'must be a UUID.');
  }
  if (context.extensions !== undefined) c.extensions(context.extensions, `${path}.extensions`);
  if (context.contextActivities !== undefined) {
    const ca = c.object(context.contextActivities, `${path}.contextActivities`);
    c.keys(ca, `${path}.contextActivities`, ['parent', 'grouping', 'category', 'other']);
    for (const [key, list] of Object.entries(ca)) {
      const at = `${path}.contextActivities.${key}`;
      if (Array.isArray(list)) list.forEach((a, i) => validateActivity(c, a, `${at}[${i}]`));
      else validateActivity(c, list, at);
    }
  }
  if (context.contextAgents !== undefined) {
    c.array(context.contextAgents, `${path}.contextAgents`).forEach((item, i) => {
      const at = `${path}.contextAgents[${i}]`;
      const entry = c.object(item, at);
      c.keys(entry, at, ['objectType', 'agent', 'relevantTypes']);
      if (entry.objectType !== 'contextAgent') c.fail(`${at}.objectType`, 'must be "contextAgent".');
      checkAgent(c, c.required(entry, at, 'agent'), `${at}.agent`);
      relevantTypes(c, entry.relevantTypes, `${at}.relevantTypes`);
    });
  }
  if (context.contextGroups !== undefined) {
    c.array(context.contextGroups, `${path}.contextGroups`).forEach((item, i) => {
      const at = `${path}.contextGroups[${i}]`;
      const entry = c.object(item, at);
      c.keys(entry, at, ['objectType', 'group', 'relevantTypes']);
      if (entry.objectType !== 'contextGroup') c.fail(`${at}.objectType`, 'must be "contextGroup".');
      const group = c.object(c.required(entry, at, 'group'), `${at}.group`);
      if (group.objectType !== 'Group') c.fail(`${at}.group.objectType`, 'must be "Group".');
      checkActor(c, group, `${at}.group`);
      relevantTypes(c, entry.relevantTypes, `${at}.relevantTypes`);
    });
  }
}

/** 2.0 §4.2.2.5: relevantTypes, when present, is a non-empty array of IRIs. */
function relevantTypes(c: StatementChecker, value: unknown, path: string): void {
  if (value === undefined) return;
  const list = c.array(value, path);
  if (list.length === 0) c.fail(path, 'must list at least one IRI when present.');
  list.forEach((iri, i) => c.iri(iri, `${path}[${i}]`));
}

/** Attachment metadata (1.0.3 Part Two §2.4.11). */
function validateAttachment(c: StatementChecker, value: unknown, path: string): void {
  const a = c.object(value, path);
  c.keys(a, path, ['usageType', 'display', 'description', 'contentType', 'length', 'sha2', 'fileUrl']);
  c.iri(c.required(a, path, 'usageType'), `${path}.usageType`);
  c.languageMap(c.required(a, path, 'display'), `${path}.display`);
  if (a.description !== undefined) c.languageMap(a.description, `${path}.description`);
  const type = c.string(c.required(a, path, 'contentType'), `${path}.contentType`);
  if (!/^[\w.+-]+\/[\w.+-]+/.test(type)) c.fail(`${path}.contentType`, 'must be an Internet Media Type.');
  const length = c.number(c.required(a, path, 'length'), `${path}.length`);
  if (!Number.isInteger(length) || length < 0) c.fail(`${path}.length`, 'must be a non-negative integer.');
  const sha2 = c.string(c.required(a, path, 'sha2'), `${path}.sha2`);
  if (!/^[0-9a-f]{56}$|^[0-9a-f]{64}$|^[0-9a-f]{96}$|^[0-9a-f]{128}$/i.test(sha2)) {
    c.fail(`${path}.sha2`, 'must be the hex SHA-2 (224, 256, 384 or 512 bits) of the attachment.');
  }
  if (a.fileUrl !== undefined) c.iri(a.fileUrl, `${path}.fileUrl`);
}

/** Authority (1.0.3 Part Two §2.4.9): an Agent, or a two-member Group for OAuth. */
function validateAuthority(c: StatementChecker, value: unknown, path: string): void {
  checkActor(c, value, path);
  const authority = c.object(value, path);
  // 1.0.3 Part Two §2.4.9: a Group authority is only the anonymous pair (OAuth consumer + user).
  if (authority.objectType === 'Group') {
    const members = Array.isArray(authority.member) ? authority.member : [];
    const identified = ['mbox', 'mbox_sha1sum', 'openid', 'account'].some((k) => authority[k] !== undefined);
    if (members.length !== 2 || identified) {
      c.fail(
        path,
        'a Group authority must be an anonymous Group of exactly two Agents (OAuth consumer and user).',
      );
    }
  }
}
