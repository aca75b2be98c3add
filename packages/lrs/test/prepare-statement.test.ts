import { expect, test } from 'vitest';
import { canonicalJson, statementIndex } from '../src/prepare-statement.ts';
import { agent, statement } from './support/statements.ts';

test('canonicalJson sorts keys at every depth, keeps array order and escapes like JSON', () => {
  expect(canonicalJson({ b: [{ z: 1, a: 'é"' }, 2], a: null, c: undefined, 'k"': true })).toBe(
    '{"a":null,"b":[{"a":"é\\"","z":1},2],"k\\"":true}',
  );
  expect(canonicalJson({ y: { b: 1, a: 2 }, x: [] })).toBe(canonicalJson({ x: [], y: { a: 2, b: 1 } }));
});

test('statementIndex: Group members are direct agents; related entries only for what related_* adds', () => {
  const index = statementIndex(
    statement({
      actor: { objectType: 'Group', member: [agent('ana')] },
      context: { instructor: agent('ana'), team: { objectType: 'Group', member: [agent('bob')] } },
      authority: agent('lrs'),
    }),
  );
  const kinds = (value: string) => index.filter((e) => e.value === value).map((e) => e.kind);
  expect(kinds('account:https://dlis.example|ana')).toEqual(['agent']);
  expect(kinds('account:https://dlis.example|bob')).toEqual(['relatedAgent']);
  expect(kinds('https://dlis.example/activities/agility')).toEqual(['activity']);
  expect(kinds('account:https://dlis.example|lrs')).toEqual(['authority']);
});

test('statementIndex: past 32 entries repeats are still dropped and related entries still shadowed', () => {
  const parents = Array.from({ length: 100 }, (_, i) => ({
    id: `https://dlis.example/activities/p${i % 50}`,
  }));
  const index = statementIndex(
    statement({
      object: { objectType: 'Activity', id: 'https://dlis.example/activities/p7' },
      context: { contextActivities: { parent: parents, grouping: parents } },
    }),
  );
  const related = index.filter((e) => e.kind === 'relatedActivity').map((e) => e.value);
  expect(related).toHaveLength(49);
  expect(new Set(related).size).toBe(49);
  expect(related).not.toContain('https://dlis.example/activities/p7');
  expect(index.filter((e) => e.kind === 'activity').map((e) => e.value)).toEqual([
    'https://dlis.example/activities/p7',
  ]);
});
