import { describe, expect, test } from 'vitest';
import {
  StatementValidationError,
  validateActor,
  validateStatement,
  type JsonObject,
} from '@dlis/xapi-profile';
import { isDuration, isTimestamp } from '../../src/validation/xapi-formats.ts';

function rejection(value: unknown, version: '1.0.3' | '2.0.0' = '1.0.3'): string {
  try {
    validateStatement(value, version);
  } catch (error) {
    expect(error).toBeInstanceOf(StatementValidationError);
    const { code, path, detail, message } = error as StatementValidationError;
    expect(code).toBe('XAPI_E_INVALID_STATEMENT');
    expect(message).toBe(`${path}: ${detail}`);
    return message;
  }
  throw new Error('the statement was accepted');
}

/** A small valid statement (the shape the LRS's HTTP tests send). */
const base: JsonObject = {
  id: 'c5b1f6a2-3d4e-4f50-8a9b-0c1d2e3f4a5b',
  actor: { objectType: 'Agent', account: { homePage: 'https://dlis.example', name: 'learner-1' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'en-US': 'attempted', fr: 'a tenté' } },
  object: { objectType: 'Activity', id: 'https://dlis.example/activities/agility' },
};
const withObject = (object: JsonObject) => ({ ...base, object });

describe('validateStatement rejects, naming the property path', () => {
  test.each<[string, unknown, RegExp]>([
    ['unknown top-level property', { ...base, Actor: {} }, /^statement\.Actor: unknown property/],
    ['null value', { ...base, result: null }, /^statement\.result: must not be null/],
    ['bad id', { ...base, id: 'not-a-uuid' }, /^statement\.id: must be a UUID/],
    ['missing verb', { actor: base.actor, object: base.object }, /^statement\.verb: is required/],
    [
      'verb id not an IRI',
      { ...base, verb: { id: 'attempted' } },
      /^statement\.verb\.id: must be an absolute IRI/,
    ],
    [
      'bad language tag',
      { ...base, verb: { id: 'https://v.example/x', display: { 'en US': 'x' } } },
      /verb\.display\.en US/,
    ],
    [
      'two IFIs',
      { ...base, actor: { mbox: 'mailto:a@b.c', openid: 'https://id.example/a' } },
      /exactly one identifier, found mbox and openid/,
    ],
    ['no IFI', { ...base, actor: { name: 'Ana' } }, /^statement\.actor: must be identified/],
    [
      'mbox without mailto',
      { ...base, actor: { mbox: 'a@b.c' } },
      /^statement\.actor\.mbox: must be a "mailto:" IRI/,
    ],
    ['bad sha1', { ...base, actor: { mbox_sha1sum: 'xyz' } }, /actor\.mbox_sha1sum/],
    [
      'account without homePage',
      { ...base, actor: { account: { name: 'n' } } },
      /actor\.account\.homePage: is required/,
    ],
    [
      'anonymous group without members',
      { ...base, actor: { objectType: 'Group' } },
      /actor\.member: is required/,
    ],
    [
      'group in a group',
      { ...base, actor: { objectType: 'Group', member: [{ objectType: 'Group', mbox: 'mailto:g@x.y' }] } },
      /actor\.member\[0\]\.objectType: must be "Agent"/,
    ],
    [
      'scaled score out of range',
      { ...base, result: { score: { scaled: 1.5 } } },
      /result\.score\.scaled: must be between -1 and 1/,
    ],
    [
      'raw above max',
      { ...base, result: { score: { raw: 11, min: 0, max: 10 } } },
      /result\.score\.raw: must not be greater than max/,
    ],
    ['max below min', { ...base, result: { score: { min: 5, max: 1 } } }, /result\.score\.max/],
    [
      'bad duration',
      { ...base, result: { duration: '90 seconds' } },
      /result\.duration: must be an ISO 8601 duration/,
    ],
    [
      'weeks mixed with days (conformance XAPI-00124)',
      { ...base, result: { duration: 'P4W1D' } },
      /result\.duration/,
    ],
    [
      'timestamp with -00:00 offset',
      { ...base, timestamp: '2026-01-01T10:00:00-00:00' },
      /^statement\.timestamp/,
    ],
    [
      'revision with an Agent object',
      { ...withObject({ objectType: 'Agent', mbox: 'mailto:x@y.z' }), context: { revision: '2' } },
      /context\.revision: may only be used when the object is an Activity/,
    ],
    [
      'platform with a StatementRef object',
      { ...withObject({ objectType: 'StatementRef', id: base.id }), context: { platform: 'web' } },
      /context\.platform/,
    ],
    [
      'team that is not a Group',
      { ...base, context: { team: { mbox: 'mailto:t@x.y' } } },
      /context\.team\.objectType/,
    ],
    [
      'extension key not an IRI',
      { ...base, result: { extensions: { score: 1 } } },
      /result\.extensions\["score"\]: extension keys must be absolute IRIs/,
    ],
    [
      'SubStatement inside SubStatement',
      withObject({
        objectType: 'SubStatement',
        actor: base.actor,
        verb: base.verb,
        object: { objectType: 'SubStatement', actor: base.actor, verb: base.verb, object: base.object },
      }),
      /object\.object\.objectType: a SubStatement cannot contain another SubStatement/,
    ],
    [
      'SubStatement with an id',
      withObject({
        objectType: 'SubStatement',
        id: base.id,
        actor: base.actor,
        verb: base.verb,
        object: base.object,
      }),
      /object\.id: unknown property/,
    ],
    [
      'voiding without StatementRef',
      { ...base, verb: { id: 'http://adlnet.gov/expapi/verbs/voided' } },
      /must target a StatementRef/,
    ],
    [
      'interaction property without interactionType (XAPI-00064)',
      withObject({ id: 'https://a.example/q', definition: { choices: [{ id: 'a' }] } }),
      /definition\.interactionType: is required when choices is used/,
    ],
    [
      'duplicate interaction component ids',
      withObject({
        id: 'https://a.example/q',
        definition: { interactionType: 'choice', choices: [{ id: 'a' }, { id: 'a' }] },
      }),
      /choices\[1\]\.id: "a" is used twice/,
    ],
    [
      'identified Group as authority (XAPI-00100)',
      {
        ...base,
        authority: {
          objectType: 'Group',
          mbox: 'mailto:g@x.y',
          member: [{ mbox: 'mailto:a@x.y' }, { mbox: 'mailto:b@x.y' }],
        },
      },
      /statement\.authority: a Group authority must be an anonymous Group of exactly two Agents/,
    ],
    [
      'attachment without sha2',
      {
        ...base,
        attachments: [
          { usageType: 'https://u.example', display: { en: 'x' }, contentType: 'text/plain', length: 2 },
        ],
      },
      /attachments\[0\]\.sha2: is required/,
    ],
    ['version 2.0.0 under 1.0.3', { ...base, version: '2.0.0' }, /statement\.version: must be "1\.0\.x"/],
    [
      'contextAgents under 1.0.3',
      { ...base, context: { contextAgents: [] } },
      /context\.contextAgents: unknown property/,
    ],
  ])('%s', (_name, value, expected) => {
    expect(rejection(value)).toMatch(expected);
  });

  test('2.0 context agents and groups are checked', () => {
    const bad = {
      ...base,
      context: { contextAgents: [{ objectType: 'contextAgent', agent: base.actor, relevantTypes: [] }] },
    };
    expect(rejection(bad, '2.0.0')).toMatch(
      /context\.contextAgents\[0\]\.relevantTypes: must list at least one IRI/,
    );
    const wrongType = {
      ...base,
      context: { contextGroups: [{ objectType: 'contextAgent', group: base.actor }] },
    };
    expect(rejection(wrongType, '2.0.0')).toMatch(/contextGroups\[0\]\.objectType: must be "contextGroup"/);
  });
});

describe('validateStatement accepts', () => {
  test('a rich 1.0.3 statement and the same one under 2.0', () => {
    const rich = {
      ...base,
      actor: {
        objectType: 'Group',
        name: 'team',
        member: [{ mbox: 'mailto:a@x.y' }, { openid: 'https://id.example/b' }],
      },
      object: {
        id: 'https://a.example/q1',
        definition: {
          name: { en: 'Q1' },
          interactionType: 'choice',
          correctResponsesPattern: ['a'],
          choices: [{ id: 'a', description: { en: 'A' } }, { id: 'b' }],
          extensions: { 'https://ext.example/x': null },
        },
      },
      result: {
        score: { scaled: -0.5, raw: 2, min: 0, max: 4 },
        success: true,
        duration: 'PT1M30.5S',
        response: 'a',
      },
      context: {
        registration: base.id,
        platform: 'DLIS',
        language: 'fr-FR',
        contextActivities: { parent: { id: 'https://a.example/course' } },
      },
      timestamp: '2026-11-28T10:00:00.123+01:00',
    };
    expect(() => validateStatement(rich, '1.0.3')).not.toThrow();
    expect(() => validateStatement({ ...rich, version: '2.0.0' }, '2.0.0')).not.toThrow();
  });

  test('2.0 contextAgents with relevantTypes', () => {
    const st = {
      ...base,
      context: {
        contextAgents: [
          { objectType: 'contextAgent', agent: base.actor, relevantTypes: ['https://t.example/tutor'] },
        ],
      },
    };
    expect(() => validateStatement(st, '2.0.0')).not.toThrow();
  });
});

test('paths start with the given prefix', () => {
  expect(() => validateStatement({ ...base, id: 'x' }, '2.0.0', 'statements[3]')).toThrow(
    /^statements\[3\]\.id: must be a UUID/,
  );
});

test('validateActor checks an Agent or Group on its own', () => {
  expect(validateActor(base.actor, '1.0.3')).toBe(base.actor);
  expect(() => validateActor({ name: 'Ana' }, '2.0.0')).toThrow(/^agent: must be identified/);
  expect(() => validateActor({ mbox: 'a@b.c' }, '1.0.3', 'q.agent')).toThrow(/^q\.agent\.mbox:/);
});

test('formats: durations and timestamps', () => {
  expect(['PT1M30S', 'P1Y2M3DT4H5M6.7S', 'P4W', 'PT0.01S'].every(isDuration)).toBe(true);
  expect(['P', 'PT', 'P4W1D', '1M', 'PT1.S'].some(isDuration)).toBe(false);
  expect(
    ['2026-11-28T10:00:00Z', '2026-11-28T10:00:00.123456+02:00', '2026-11-28T10:00Z'].every(isTimestamp),
  ).toBe(true);
  expect(
    ['2026-11-28', '2026-13-01T00:00:00Z', '2026-11-28T10:00:00-00:00', 'yesterday'].some(isTimestamp),
  ).toBe(false);
});
