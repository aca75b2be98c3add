import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { LrsError } from '../lrs-error.ts';

/** What a `more` link carries: the query's own parameters and where the next page starts. */
export interface MorePosition {
  params: URLSearchParams;
  /** Storage sequence number of the last statement sent. */
  after: number;
}

export interface MoreTokens {
  encode(key: string, position: MorePosition): string;
  /** Throws 400 for a token this process did not issue to this key. */
  decode(key: string, token: string): MorePosition;
}

/**
 * `more` tokens are authenticated: base64url JSON of the parameters and cursor, then an HMAC-SHA-256 of it and of
 * the key it was issued to, under a random secret made when the app starts. A forged or altered token, or one
 * issued to another key, is refused with 400; the decoded parameters are validated again like a URL's, so a token
 * can never ask for more than a request could. The secret lives only in the process: after a restart, old tokens
 * get the same 400 ("start the query again").
 */
export function createMoreTokens(secret: Buffer = randomBytes(32)): MoreTokens {
  const mac = (key: string, payload: string) =>
    createHmac('sha256', secret).update(key).update('\0').update(payload).digest();
  const refused = () =>
    new LrsError('badRequest', 'The more parameter is not one this LRS issued; start the query again.', {
      part: 'query',
    });
  return {
    encode(key, { params, after }) {
      const payload = Buffer.from(JSON.stringify({ p: [...params], a: after })).toString('base64url');
      return `${payload}.${mac(key, payload).toString('base64url')}`;
    },
    decode(key, token) {
      const [payload, signature, ...rest] = token.split('.');
      if (payload === undefined || signature === undefined || rest.length > 0) throw refused();
      const expected = mac(key, payload);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refused();
      const { p, a } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
        p: [string, string][];
        a: number;
      };
      return { params: new URLSearchParams(p), after: a };
    },
  };
}
