import { describe, expect, test } from 'vitest';
import { hashSeed, mulberry32, newSeed, seededShuffle } from '../../src/logic/prng.ts';

describe('mulberry32', () => {
  test('the same seed gives the same sequence; another seed another one', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    for (const n of seqA) expect(n >= 0 && n < 1).toBe(true);
  });

  test('seededShuffle is a permutation and does not touch its input', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const out = seededShuffle(items, mulberry32(7));
    expect([...out].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(seededShuffle(items, mulberry32(7))).toEqual(out);
  });

  test('hashSeed is a stable uint32; newSeed is a uint32', () => {
    expect(hashSeed('q-order')).toBe(hashSeed('q-order'));
    expect(hashSeed('a')).not.toBe(hashSeed('b'));
    const seed = newSeed();
    expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff).toBe(true);
  });
});
