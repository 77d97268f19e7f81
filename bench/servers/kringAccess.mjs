// Since M3 every Kring collaboration websocket must present credentials and its document must exist
// in a community. The bench makes one account, community and API token per data dir with the admin
// CLI before the server's first start, and creates every document a scenario uses over REST
// before its clients connect.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const adminEntry = fileURLToPath(new URL('./kring-admin.mjs', import.meta.url));
const EMAIL = 'bench@example.org';
const PASSWORD = 'bench-password-not-secret';
const COMMUNITY = 'bench';
const TOKEN_FILE = 'bench-token';

/** Runs `kring admin <args>` on `dataDir` (server stopped); resolves with its stdout. */
function admin(dataDir, args, stdin = '') {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [adminEntry, ...args],
      {
        env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', PASSWORD_HASH_COST: '14' },
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`kring admin ${args[0]} failed: ${stderr || error.message}`));
        else resolve(stdout);
      },
    );
    child.stdin.end(stdin);
  });
}

/**
 * The bench's API token for the Kring data dir `dataDir`: made once (account with a password,
 * community it owns, token), kept in `<dataDir>/bench-token` for the data dir's later starts.
 */
export async function kringToken(dataDir) {
  const file = join(dataDir, TOKEN_FILE);
  const kept = await readFile(file, 'utf8').catch(() => null);
  if (kept) return kept.trim();
  const user = ['--email', EMAIL, '--name', 'Bench', '--organisation', 'Bench', '--admin'];
  await admin(dataDir, ['create-user', ...user, '--password-stdin'], `${PASSWORD}\n`);
  const community = ['--slug', COMMUNITY, '--name', 'Bench', '--owner', EMAIL];
  await admin(dataDir, ['create-community', ...community]);
  const output = await admin(dataDir, ['create-token', '--email', EMAIL, '--name', 'bench']);
  const token = output.trim().split('\n').at(-1)?.trim();
  if (!token) throw new Error(`kring admin create-token printed no token: ${output}`);
  await writeFile(file, `${token}\n`);
  return token;
}

/**
 * Creates the documents `ids` in the bench community of the Kring server at `origin`
 * (`POST /api/communities/bench/documents`, idempotent), `concurrency` requests at a time.
 */
export async function createKringDocuments(origin, token, ids, concurrency = 16) {
  const queue = [...ids];
  const createNext = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const response = await fetch(`${origin}/api/communities/${COMMUNITY}/documents`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id }),
      });
      const body = await response.text();
      if (response.status !== 201 && response.status !== 200)
        throw new Error(`creating Kring document ${id}: HTTP ${response.status} ${body}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, createNext));
}
