import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable secret (session cookie, API token, invitation or reset link), base64url. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** A new opaque id for users, communities, tokens, invitations (128 bits, base64url, 22 chars). */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * How secrets are kept at rest: SHA-256, hex. Secrets are 256-bit random values, so a fast hash is
 * enough (no dictionary to attack), and lookups by hash stay constant-time-ish key reads.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
