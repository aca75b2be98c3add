import { createHash } from 'node:crypto';
import { LrsError } from '../lrs-error.ts';
import type { JsonObject } from '@dlis/xapi-profile';
import { checkSignature, SIGNATURE_USAGE } from './check-signature.ts';
import type { MultipartPart } from './multipart.ts';

const HASH_BY_LENGTH: Record<number, string> = { 56: 'sha224', 64: 'sha256', 96: 'sha384', 128: 'sha512' };

export interface AttachmentContent {
  sha2: string;
  contentType: string;
  content: Buffer;
}

const bad = (message: string) => new LrsError('badRequest', message, { part: 'body' });

/**
 * Matches the attachment parts of a multipart/mixed request to the attachments the statements declare
 * (1.0.3 Part Three §1.5.2; 2.0 §4.1.3): every part carries X-Experience-API-Hash equal to its SHA-2, every part is
 * declared, every declared attachment without fileUrl has its part, and signatures are checked. Returns the
 * contents to store.
 */
export function matchAttachments(
  statements: readonly JsonObject[],
  paths: readonly string[],
  parts: readonly MultipartPart[],
): AttachmentContent[] {
  const byHash = new Map<string, AttachmentContent>();
  for (const [i, part] of parts.entries()) {
    const hash = part.headers['x-experience-api-hash']?.toLowerCase();
    if (!hash) throw bad(`Attachment part ${i + 1} has no X-Experience-API-Hash header.`);
    const encoding = part.headers['content-transfer-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'binary') {
      throw bad(`Attachment part ${i + 1} must use Content-Transfer-Encoding: binary, got "${encoding}".`);
    }
    const algorithm = HASH_BY_LENGTH[hash.length];
    if (!algorithm || createHash(algorithm).update(part.body).digest('hex') !== hash) {
      throw bad(`Attachment part ${i + 1}: its content does not match X-Experience-API-Hash ${hash}.`);
    }
    byHash.set(hash, {
      sha2: hash,
      contentType: part.headers['content-type'] ?? 'application/octet-stream',
      content: part.body,
    });
  }
  const declared = new Set<string>();
  statements.forEach((st, s) => {
    const list = (st.attachments as JsonObject[] | undefined) ?? [];
    list.forEach((a, i) => {
      const sha2 = String(a.sha2).toLowerCase();
      declared.add(sha2);
      const part = byHash.get(sha2);
      if (a.usageType === SIGNATURE_USAGE) {
        if (!part)
          throw bad(`${paths[s]}.attachments[${i}]: the signature must be sent as a part of the request.`);
        checkSignature(st, paths[s]!, part.content, String(a.contentType));
      } else if (!part && a.fileUrl === undefined) {
        throw bad(
          `${paths[s]}.attachments[${i}]: no part with sha2 ${sha2} was sent, and there is no fileUrl.`,
        );
      }
    });
  });
  for (const hash of byHash.keys()) {
    if (!declared.has(hash))
      throw bad(`The attachment part with hash ${hash} is not declared by any statement.`);
  }
  return [...byHash.values()];
}
