import { describe, expect, it } from 'vitest';
import { validateStatementStructure, type Statement } from '@dlis/xapi-profile';
import { everyStatement } from './support/fixtures.ts';

const paths = (s: unknown) => validateStatementStructure(s).map((f) => f.path);

// Tests reach into statements freely to break them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

function edit(change: (s: Loose) => void): unknown {
  const copy = structuredClone(everyStatement().answeredQuestion) as Statement & Loose;
  change(copy);
  return copy;
}

describe('validateStatementStructure', () => {
  it('accepts every builder output', () => {
    for (const s of Object.values(everyStatement())) expect(validateStatementStructure(s)).toEqual([]);
  });

  it('refuses a non-object', () => {
    expect(validateStatementStructure('nope')).toEqual([
      { path: '$', message: 'must be a JSON object, got "nope".' },
    ]);
  });

  it('checks ids, IRIs and the timestamp', () => {
    expect(paths(edit((s) => (s.id = 'not-a-uuid')))).toEqual(['$.id']);
    expect(paths(edit((s) => (s.verb.id = 'answered')))).toEqual(['$.verb.id']);
    expect(paths(edit((s) => (s.object.id = 'q 1')))).toEqual(['$.object.id']);
    expect(paths(edit((s) => (s.timestamp = '2026-11-28 10:00')))).toEqual(['$.timestamp']);
    expect(paths(edit((s) => (s.timestamp = '2026-11-28T10:00:00')))).toEqual(['$.timestamp']);
    expect(paths(edit((s) => (s.context.registration = '123')))).toEqual(['$.context.registration']);
    expect(paths(edit((s) => (s.unknown = 1)))).toEqual(['$.unknown']);
  });

  it('asks of the sender an id and a timestamp with a time zone', () => {
    expect(paths(edit((s) => delete s.id))).toEqual(['$.id']);
    expect(paths(edit((s) => delete s.timestamp))).toEqual(['$.timestamp']);
    expect(paths(edit((s) => (s.timestamp = '2026-11-28T10:00:00+01:00')))).toEqual([]);
  });

  it('requires exactly one actor identifier', () => {
    expect(paths(edit((s) => (s.actor.mbox = 'mailto:a@example.org')))).toEqual(['$.actor']);
    expect(paths(edit((s) => delete s.actor.account))).toEqual(['$.actor']);
    expect(paths(edit((s) => (s.actor.account.homePage = 'lms')))).toEqual(['$.actor.account.homePage']);
    expect(
      validateStatementStructure(edit((s) => (s.actor = { objectType: 'Agent', mbox: 'a@example.org' }))),
    ).toEqual([
      {
        path: '$.actor.mbox',
        message: 'must be a "mailto:" IRI with one e-mail address (e.g. "mailto:ana@example.org").',
      },
    ]);
  });

  it('checks results: score range, duration, types', () => {
    expect(paths(edit((s) => (s.result.score.scaled = 1.5)))).toEqual(['$.result.score.scaled']);
    expect(paths(edit((s) => (s.result.score.raw = 3)))).toEqual(['$.result.score.raw']);
    expect(paths(edit((s) => (s.result.duration = '12.34s')))).toEqual(['$.result.duration']);
    expect(paths(edit((s) => (s.result.duration = 'PT')))).toEqual(['$.result.duration']);
    expect(paths(edit((s) => (s.result.success = 'yes')))).toEqual(['$.result.success']);
    expect(paths(edit((s) => (s.result.extensions = { progress: 1 })))).toEqual([
      '$.result.extensions["progress"]',
    ]);
  });

  it('checks interaction definitions', () => {
    expect(paths(edit((s) => (s.object.definition.interactionType = 'multiple-choice')))).toEqual([
      '$.object.definition.interactionType',
    ]);
    expect(paths(edit((s) => (s.object.definition.choices = [{ id: 'a' }, { id: 'a' }])))).toEqual([
      '$.object.definition.choices[1].id',
    ]);
    expect(paths(edit((s) => (s.object.definition.correctResponsesPattern = 'long')))).toEqual([
      '$.object.definition.correctResponsesPattern',
    ]);
    expect(paths(edit((s) => (s.object.definition.name = { 'fr FR': 'x' })))).toEqual([
      '$.object.definition.name.fr FR',
    ]);
  });

  it('wants context activities as arrays and refuses 2.0-only properties', () => {
    expect(
      validateStatementStructure(
        edit((s) => (s.context.contextActivities.parent = { id: 'https://x.org/p' })),
      ),
    ).toEqual([
      {
        path: '$.context.contextActivities.parent',
        message: 'must be an array (2.0 returns arrays; send them so that both versions agree).',
      },
    ]);
    expect(validateStatementStructure(edit((s) => (s.context.contextGroups = [])))).toEqual([
      {
        path: '$.context.contextGroups',
        message: expect.stringMatching(/^unknown property; allowed here: registration, /) as string,
      },
    ]);
    expect(paths(edit((s) => (s.context.language = 'fr_FR')))).toEqual(['$.context.language']);
  });
});
