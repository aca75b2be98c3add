/**
 * The Inverse Functional Identifier of an Agent or identified Group as one comparable string, or undefined when it
 * has none (xAPI 1.0.3 Part Two §2.4.2.3; 2.0 §4.2.2.3: two Agents are the same when their IFIs are equal). The
 * LRS keys statements and documents with it, the analytics group respondents with it: the same person is the same
 * key on both sides.
 *
 * What is compared as written and what is not (docs/lrs.md, "Agents"):
 * - `mbox`: the `mailto:` scheme and the domain are case-insensitive (RFC 3986 §3.1; §2.4.2.3 "The domain portions
 *   of email addresses are case insensitive"), so both are lowercased; the local part is kept as sent, since the
 *   spec does not make it case-insensitive (RFC 5321 §2.4 leaves it to the receiving host);
 * - `mbox_sha1sum`: hexadecimal, lowercased;
 * - `openid` and `account` (`homePage`, `name`): compared exactly.
 */
export function agentKey(agent: unknown): string | undefined {
  if (typeof agent !== 'object' || agent === null) return undefined;
  const a = agent as Record<string, unknown>;
  if (typeof a.mbox === 'string') return `mbox:${normalisedMbox(a.mbox)}`;
  if (typeof a.mbox_sha1sum === 'string') return `mbox_sha1sum:${a.mbox_sha1sum.toLowerCase()}`;
  if (typeof a.openid === 'string') return `openid:${a.openid}`;
  const account = a.account as Record<string, unknown> | undefined;
  if (account && typeof account.homePage === 'string' && typeof account.name === 'string') {
    return `account:${account.homePage}|${account.name}`;
  }
  return undefined;
}

function normalisedMbox(mbox: string): string {
  const at = mbox.lastIndexOf('@');
  const colon = mbox.indexOf(':');
  if (colon < 0 || at < colon) return mbox.toLowerCase();
  return `${mbox.slice(0, colon + 1).toLowerCase()}${mbox.slice(colon + 1, at)}${mbox.slice(at).toLowerCase()}`;
}
