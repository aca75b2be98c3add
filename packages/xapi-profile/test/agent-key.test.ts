import { describe, expect, it } from 'vitest';
import { agentKey } from '@dlis/xapi-profile';

describe('agentKey (xAPI 1.0.3 Part Two §2.4.2.3)', () => {
  it('treats the mailto scheme and the domain of an mbox as case-insensitive, not the local part', () => {
    expect(agentKey({ mbox: 'MAILTO:Ana.Silva@DLIS.Example' })).toBe('mbox:mailto:Ana.Silva@dlis.example');
    expect(agentKey({ mbox: 'mailto:Ana.Silva@dlis.example' })).toBe(
      agentKey({ mbox: 'mailto:Ana.Silva@DLIS.EXAMPLE' }),
    );
    expect(agentKey({ mbox: 'mailto:ana.silva@dlis.example' })).not.toBe(
      agentKey({ mbox: 'mailto:Ana.Silva@dlis.example' }),
    );
  });

  it('lowercases the hexadecimal mbox_sha1sum', () => {
    expect(agentKey({ mbox_sha1sum: 'ABCDEF0123' })).toBe('mbox_sha1sum:abcdef0123');
  });

  it('compares openid and account exactly', () => {
    expect(agentKey({ openid: 'https://id.example/Ana' })).toBe('openid:https://id.example/Ana');
    expect(agentKey({ account: { homePage: 'https://lms.example', name: 'Learner-7' } })).toBe(
      'account:https://lms.example|Learner-7',
    );
  });

  it('takes the one IFI an Agent has, whatever else it carries', () => {
    expect(agentKey({ name: 'Ana', objectType: 'Agent', mbox: 'mailto:a@b.example' })).toBe(
      'mbox:mailto:a@b.example',
    );
  });

  it('gives no key to an Agent without an IFI, an incomplete account or something that is not an object', () => {
    expect(agentKey({ name: 'Ana' })).toBeUndefined();
    expect(agentKey({ account: { homePage: 'https://lms.example' } })).toBeUndefined();
    expect(agentKey(undefined)).toBeUndefined();
    expect(agentKey('mailto:a@b.example')).toBeUndefined();
  });
});
