import { describe, expect, test } from 'vitest';
import { initialOrder, moveItem } from '../../src/logic/ordering-shuffle.ts';

describe('initialOrder', () => {
  test('is deterministic per question id and never the correct order', () => {
    for (let n = 2; n <= 6; n++) {
      const ids = Array.from({ length: n }, (_, i) => `i${i}`);
      for (const qid of ['a', 'b', 'c', 'order-1', 'order-2', 'x', 'y', 'z']) {
        const order = initialOrder(qid, ids);
        expect([...order].sort()).toEqual([...ids].sort());
        expect(order).not.toEqual(ids);
        expect(initialOrder(qid, ids)).toEqual(order);
      }
    }
  });
  test('a single item stays as it is', () => {
    expect(initialOrder('q', ['only'])).toEqual(['only']);
  });
});

describe('moveItem', () => {
  test('moves up and down, clamped at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 5, 1)).toEqual(['a', 'b', 'c']);
  });
});
