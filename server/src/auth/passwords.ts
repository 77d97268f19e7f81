import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt cost as log2(N); 17 is OWASP's recommendation (128 MiB, r = 8, p = 1). */
export const DEFAULT_PASSWORD_COST = 17;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function optionsFor(cost: number, r: number, p: number): ScryptOptions {
  const N = 2 ** cost;
  return { N, r, p, maxmem: 128 * N * r * p + 32 * 1024 * 1024 };
}

/**
 * Hashes a password with scrypt and a random salt. The parameters are stored in the hash
 * (`scrypt$<log2 N>$<r>$<p>$<salt>$<key>`), so the cost can be raised later without breaking
 * existing accounts.
 */
export async function hashPassword(
  password: string,
  cost = DEFAULT_PASSWORD_COST,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, optionsFor(cost, BLOCK_SIZE, PARALLELISM));
  return [
    'scrypt',
    cost,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

/** True when `password` matches `stored`; constant-time comparison, false for malformed hashes. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !cost || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64'),
    optionsFor(Number(cost), Number(r), Number(p)),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash to verify against when the account does not exist, so that answering "wrong email" takes
 * as long as answering "wrong password" (no user enumeration by timing).
 */
export function createDecoyHash(cost = DEFAULT_PASSWORD_COST): Promise<string> {
  return hashPassword(randomBytes(16).toString('base64'), cost);
}
