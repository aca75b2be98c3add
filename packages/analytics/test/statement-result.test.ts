import { describe, expect, test } from 'vitest';
import { parseStatementResult } from '../src/statement-result.ts';
import { respondentStatements, seededRandom } from './support/questionnaire-statements.ts';
import { uniformAnswers } from './support/uniform-answers.ts';

const parse = (text: string) => parseStatementResult(Buffer.from(text, 'utf8'));

/** What JSON.parse gives, as plain data (the parser's objects have no prototype at the top). */
const same = (text: string) => {
  const split = parse(text);
  expect(split).toBeDefined();
  expect({ ...split }).toEqual(JSON.parse(text));
};

describe('parseStatementResult', () => {
  test('a page of real statements: what JSON.parse gives, whatever the key order and spacing', () => {
    const statements = respondentStatements({ learner: 'ana', answers: uniformAnswers(50) });
    same(JSON.stringify({ statements, more: '/xapi/statements?more=abc' }));
    same(JSON.stringify({ more: '', statements }));
    same(JSON.stringify({ statements, more: null, extra: { a: [1, { b: '}' }] } }, null, 2));
    same(`\r\n { "statements" :\t[ ] , "more" : "" }\n`);
    same('{"statements":[{}],"more":""}');
    same('{}');
  });

  test('strings with quotes, backslashes, brackets and non-ASCII text', () => {
    const tricky = ['a"b', 'a\\', '\\"', '}]{[', 'élève ✓', '😀', '\u0000', 'x\\\\"y'];
    same(
      JSON.stringify({ statements: tricky.map((t) => ({ id: t, [t]: { [t]: [t, t] } })), more: tricky[0] }),
    );
  });

  test('seeded random documents: always what JSON.parse gives', () => {
    const bytes = seededRandom(7);
    const buffer = new Uint8Array(1);
    const next = (n: number) => (bytes(buffer), buffer[0]! % n);
    const alphabet = ['a', '"', '\\', '{', '}', '[', ']', ',', ':', 'é', ' ', '\n', '1'];
    const text = () => Array.from({ length: next(6) }, () => alphabet[next(alphabet.length)]).join('');
    const value = (depth: number): unknown => {
      const kind = depth > 3 ? next(4) : next(6);
      if (kind === 0) return text();
      if (kind === 1) return next(100) - 50;
      if (kind === 2) return next(2) === 0 ? null : true;
      if (kind === 3) return 1.5e-7;
      if (kind === 4) return Array.from({ length: next(4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: next(4) }, () => [text(), value(depth + 1)]));
    };
    for (let i = 0; i < 300; i++) {
      const statements = Array.from({ length: next(5) }, () => value(1) as object).map((v) =>
        typeof v === 'object' && v !== null && !Array.isArray(v) ? v : { v },
      );
      same(JSON.stringify({ statements, more: text() }, null, next(2) === 0 ? undefined : 1));
    }
  });

  test('anything else is left to JSON.parse (undefined)', () => {
    for (const body of [
      '',
      '[]',
      '"statements"',
      '{"statements":[1,2]}',
      '{"statements":[{"a":1}],"statements":[]}',
      '{"statements":[{"a":1}]} x',
      '{"statements":[{"a":1]}]}',
      '{"statements":[{"a":1},]}',
      '{"statements":[{"a":"1}]}',
      '{"more":"x" "statements":[]}',
      '{"more":tru}',
      '\ufeff{"statements":[]}',
    ]) {
      expect(parse(body), body).toBeUndefined();
    }
  });

  test('a __proto__ key stays a plain key, as JSON.parse keeps it', () => {
    const split = parse('{"__proto__":{"polluted":true},"statements":[],"more":""}')!;
    expect(Object.getPrototypeOf(split)).toBeNull();
    expect(Object.hasOwn(split, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
