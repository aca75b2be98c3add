import type { JsonObject } from '@dlis/xapi-profile';

/**
 * The Inverse Functional Identifier of an Agent or identified Group as one comparable string
 * (1.0.3 Part Two §2.4.2.3: two Agents are the same when their IFIs are equal), or undefined when it has none.
 */
export function agentKey(agent: JsonObject): string | undefined {
  if (typeof agent.mbox === 'string') return `mbox:${agent.mbox.toLowerCase()}`;
  if (typeof agent.mbox_sha1sum === 'string') return `mbox_sha1sum:${agent.mbox_sha1sum.toLowerCase()}`;
  if (typeof agent.openid === 'string') return `openid:${agent.openid}`;
  const account = agent.account as JsonObject | undefined;
  if (account && typeof account.homePage === 'string' && typeof account.name === 'string') {
    return `account:${account.homePage}|${account.name}`;
  }
  return undefined;
}
