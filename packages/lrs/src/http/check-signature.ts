import { createPublicKey, createVerify, X509Certificate } from 'node:crypto';
import { LrsError } from '../lrs-error.ts';
import { canonicalJson, comparableStatement } from '../prepare-statement.ts';
import type { JsonObject } from '@dlis/xapi-profile';
import { checkJsonDepth } from './json-limits.ts';

export const SIGNATURE_USAGE = 'http://adlnet.gov/expapi/attachments/signature';
const ALGORITHMS: Record<string, string> = { RS256: 'RSA-SHA256', RS384: 'RSA-SHA384', RS512: 'RSA-SHA512' };

const fail = (path: string, message: string) =>
  new LrsError('invalidStatement', `${path}: ${message}`, { part: 'body' });

/** Properties the signer could not know or the LRS may change (1.0.3 Part Two §2.6: compare "the original"). */
function comparable(statement: JsonObject): string {
  const { attachments: _a, authority: _au, stored: _s, version: _v, id: _i, ...rest } = statement;
  return canonicalJson(comparableStatement(rest));
}

/**
 * Checks a signed statement (1.0.3 Part Two §2.6; 2.0 §4.3): the signature attachment is application/octet-stream
 * holding a JWS compact serialization (RFC 7515) with alg RS256/RS384/RS512 whose payload is the statement as sent.
 * When the JWS header carries an x5c chain, the signature is verified with its first certificate.
 */
export function checkSignature(statement: JsonObject, path: string, jws: Buffer, contentType: string): void {
  if (contentType.split(';')[0]!.trim().toLowerCase() !== 'application/octet-stream') {
    throw fail(
      `${path}.attachments`,
      'a signature attachment must have contentType application/octet-stream.',
    );
  }
  const pieces = jws.toString('utf8').trim().split('.');
  if (pieces.length !== 3)
    throw fail(`${path}.attachments`, 'the signature is not a JWS compact serialization.');
  const [headerB64, payloadB64, signatureB64] = pieces as [string, string, string];
  let header: JsonObject;
  let payload: JsonObject;
  try {
    header = JSON.parse(Buffer.from(headerB64, 'base64url').toString('utf8')) as JsonObject;
    payload = JSON.parse(Buffer.from(payloadB64, 'base64url').toString('utf8')) as JsonObject;
  } catch {
    throw fail(`${path}.attachments`, 'the JWS header or payload is not valid JSON.');
  }
  checkJsonDepth(payload, 'body', `${path} signed payload`);
  const algorithm = ALGORITHMS[String(header.alg)];
  if (!algorithm)
    throw fail(
      `${path}.attachments`,
      `the JWS alg must be RS256, RS384 or RS512, got "${String(header.alg)}".`,
    );
  if (typeof payload !== 'object' || payload === null || comparable(payload) !== comparable(statement)) {
    throw fail(path, 'the signed payload differs from the statement; sign the statement exactly as sent.');
  }
  if (Array.isArray(header.x5c) && typeof header.x5c[0] === 'string') {
    let ok: boolean;
    try {
      const cert = new X509Certificate(Buffer.from(header.x5c[0], 'base64'));
      ok = createVerify(algorithm)
        .update(`${headerB64}.${payloadB64}`)
        .verify(
          createPublicKey(cert.publicKey.export({ type: 'spki', format: 'pem' })),
          Buffer.from(signatureB64, 'base64url'),
        );
    } catch {
      ok = false;
    }
    if (!ok) throw fail(`${path}.attachments`, 'the JWS signature does not verify with the x5c certificate.');
  }
}
