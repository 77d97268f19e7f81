import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** File in `DATA_DIR` holding the token that lets the local admin CLI talk to a running server. */
export const LOCAL_ADMIN_TOKEN_FILE = 'admin-token';

/**
 * Creates a fresh random token for this server run and stores it readable by the server's user
 * only (mode 0600). Whoever can read `DATA_DIR` can read the documents anyway; the token only lets
 * the admin CLI reach a running server without opening its (locked) database.
 */
export async function createLocalAdminToken(dataDir: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const file = join(dataDir, LOCAL_ADMIN_TOKEN_FILE);
  await writeFile(`${file}.tmp`, `${token}\n`, { mode: 0o600 });
  await rename(`${file}.tmp`, file);
  return token;
}

/** Reads the token of the server running on `dataDir`. */
export async function readLocalAdminToken(dataDir: string): Promise<string> {
  return (await readFile(join(dataDir, LOCAL_ADMIN_TOKEN_FILE), 'utf8')).trim();
}

/** Constant-time comparison of a presented token with the expected one. */
export function tokenMatches(expected: string, presented: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(presented));
}
