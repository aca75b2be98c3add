import { StatementChecker, type JsonObject } from './statement-checker.ts';
import type { XapiVersion } from './xapi-version.ts';
import { isMailto, isSha1Hex } from './xapi-formats.ts';

const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
// Written out, not spread from IFIS: a spread at module level is kept by the bundler (it may run an iterator), so
// the learner's player, which imports this module, would carry it as dead code.
const AGENT_KEYS = ['objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account'];
const GROUP_KEYS = ['objectType', 'name', 'member', 'mbox', 'mbox_sha1sum', 'openid', 'account'];

/**
 * Checks the Inverse Functional Identifier of an Agent or identified Group (1.0.3 Part Two §2.4.2.3): at most one
 * of mbox, mbox_sha1sum, openid, account; `required` when the object must be identified. Returns how many.
 */
function checkIfi(c: StatementChecker, obj: JsonObject, path: string, required: boolean): number {
  const present = IFIS.filter((k) => obj[k] !== undefined);
  if (present.length > 1) {
    c.fail(path, `must have exactly one identifier, found ${present.join(' and ')}; keep only one.`);
  }
  if (present.length === 0 && required) {
    c.fail(path, 'must be identified by exactly one of mbox, mbox_sha1sum, openid or account.');
  }
  if (obj.mbox !== undefined && !isMailto(obj.mbox)) {
    c.fail(
      `${path}.mbox`,
      'must be a "mailto:" IRI with one e-mail address (e.g. "mailto:ana@example.org").',
    );
  }
  if (obj.mbox_sha1sum !== undefined && !isSha1Hex(obj.mbox_sha1sum)) {
    c.fail(`${path}.mbox_sha1sum`, 'must be the hex SHA-1 of a mailto IRI (40 hexadecimal characters).');
  }
  if (obj.openid !== undefined) c.iri(obj.openid, `${path}.openid`);
  if (obj.account !== undefined) {
    const account = c.object(obj.account, `${path}.account`);
    c.keys(account, `${path}.account`, ['homePage', 'name']);
    c.iri(c.required(account, `${path}.account`, 'homePage'), `${path}.account.homePage`);
    c.string(c.required(account, `${path}.account`, 'name'), `${path}.account.name`);
  }
  return present.length;
}

/** An Agent (objectType optional unless `objectTypeRequired`). */
export function checkAgent(
  c: StatementChecker,
  value: unknown,
  path: string,
  objectTypeRequired = false,
): void {
  const agent = c.object(value, path);
  c.keys(agent, path, AGENT_KEYS);
  if (objectTypeRequired || agent.objectType !== undefined) {
    if (agent.objectType !== 'Agent') c.fail(`${path}.objectType`, 'must be "Agent".');
  }
  if (agent.name !== undefined) c.string(agent.name, `${path}.name`);
  checkIfi(c, agent, path, true);
}

/**
 * An Agent or a Group (1.0.3 Part Two §2.4.2): Groups need objectType "Group"; an anonymous Group needs `member`;
 * members are Agents, never Groups.
 */
export function checkActor(
  c: StatementChecker,
  value: unknown,
  path: string,
  objectTypeRequired = false,
): void {
  const actor = c.object(value, path);
  if (actor.objectType !== 'Group') {
    checkAgent(c, actor, path, objectTypeRequired);
    return;
  }
  c.keys(actor, path, GROUP_KEYS);
  if (actor.name !== undefined) c.string(actor.name, `${path}.name`);
  const identified = checkIfi(c, actor, path, false) > 0;
  if (actor.member === undefined) {
    if (!identified) c.fail(`${path}.member`, 'is required for an anonymous Group (one with no identifier).');
    return;
  }
  const members = c.array(actor.member, `${path}.member`);
  if (!identified && members.length === 0) {
    c.fail(`${path}.member`, 'an anonymous Group must list at least one member.');
  }
  members.forEach((m, i) => checkAgent(c, m, `${path}.member[${i}]`));
}

/**
 * Validates an Agent or Group on its own (e.g. the `agent` parameter of the State and Statements resources) under
 * the data model of `version`. Throws a StatementValidationError naming `path` on the first problem.
 */
export function validateActor(value: unknown, version: XapiVersion, path = 'agent'): JsonObject {
  checkActor(new StatementChecker(version), value, path);
  return value as JsonObject;
}
