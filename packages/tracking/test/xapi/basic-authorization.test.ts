import { describe, expect, it } from 'vitest';
import { basicAuthorization } from '@dlis/tracking';

describe('basicAuthorization', () => {
  it('encodes KEY:SECRET as RFC 7617 Basic credentials', () => {
    expect(basicAuthorization('KEY:SECRET')).toBe('Basic S0VZOlNFQ1JFVA==');
  });
  it('encodes non-ASCII characters as UTF-8', () => {
    expect(basicAuthorization('clé:mot')).toBe(`Basic ${Buffer.from('clé:mot', 'utf8').toString('base64')}`);
  });
});
