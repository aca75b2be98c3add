import { expect, test } from 'vitest';
import { sameJson } from '../src/same-json.ts';
import { canonicalJson } from '../src/prepare-statement.ts';

test.each([
  [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }, true],
  [{ a: 1 }, { a: 1, b: 2 }, false],
  [{ a: 1, b: 2 }, { a: 1 }, false],
  [{ a: undefined, b: 1 }, { b: 1 }, true],
  [[1, 2], [2, 1], false],
  [[1, 2], { 0: 1, 1: 2 }, false],
  [{ a: null }, { a: {} }, false],
  [{ a: '1' }, { a: 1 }, false],
  [{ name: { fr: 'A', en: 'B' } }, { name: { en: 'B', fr: 'A' } }, true],
])('sameJson(%j, %j) is %s, as canonicalJson says', (a, b, same) => {
  expect(sameJson(a, b)).toBe(same);
  expect(sameJson(b, a)).toBe(same);
  expect(canonicalJson(a) === canonicalJson(b)).toBe(same);
});
