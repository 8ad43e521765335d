import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new unguessable value: 256 random bits, base64url (session ids and bearer tokens). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 (hex) of a token: what the session store keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `token` hashes to `tokenHash`, compared in constant time. */
export function tokenMatches(token: string, tokenHash: string): boolean {
  const given = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(tokenHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
