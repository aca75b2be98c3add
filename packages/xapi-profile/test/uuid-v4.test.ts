import { describe, expect, it } from 'vitest';
import { uuidV4 } from '@dlis/xapi-profile';
import { seededRandom } from './support/fixtures.ts';

describe('uuidV4', () => {
  it('sets the version and variant bits whatever the random bytes', () => {
    expect(uuidV4((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidV4((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('is deterministic for a deterministic source and distinct across calls', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const first = [uuidV4(a), uuidV4(a)];
    expect([uuidV4(b), uuidV4(b)]).toEqual(first);
    expect(first[0]).not.toBe(first[1]);
  });

  it('works with crypto.getRandomValues', () => {
    expect(uuidV4(crypto.getRandomValues.bind(crypto))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('refuses a source that returns the wrong number of bytes', () => {
    expect(() => uuidV4(() => new Uint8Array(8))).toThrow(RangeError);
  });
});
