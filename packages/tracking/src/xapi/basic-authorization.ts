/**
 * The `Authorization` header value for HTTP Basic (RFC 7617) from `KEY:SECRET` (as printed by
 * `dlis lrs key create`), UTF-8 encoded. A launch URL (xAPI launch `auth`, cmi5 fetch token) gives a ready value
 * instead, which is passed to the client as it is.
 */
export function basicAuthorization(credentials: string): string {
  const bytes = new TextEncoder().encode(credentials);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
