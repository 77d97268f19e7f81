// Starts a built Kring (`<root>/server/dist/index.js`, serving `<root>/client/dist`) on a free
// port of 127.0.0.1 with a temporary DATA_DIR, seeded through the admin CLI first.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, HOST, launch } from '../servers/launch.mjs';

export const EMAIL = 'ui-bench@example.org';
export const PASSWORD = 'ui-bench-password-not-secret';
export const COMMUNITY = 'uibench';

/** Throws unless `root` has a built server and client. */
export function assertBuilt(root) {
  for (const file of [
    'server/dist/index.js',
    'server/dist/cli/admin.js',
    'client/dist/index.html',
  ]) {
    if (!existsSync(join(root, file))) {
      throw new Error(`${join(root, file)} is missing: run \`npm run build\` in ${root} first`);
    }
  }
}

/** `npm run admin -- <args>` in `root` on `dataDir`; resolves with its stdout. */
function admin(root, dataDir, args, stdin = '') {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'npm',
      ['run', '--silent', 'admin', '--', ...args],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', PASSWORD_HASH_COST: '14' },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`admin ${args[0]} failed: ${stderr || error.message}`));
        else resolve(stdout);
      },
    );
    child.stdin.end(stdin);
  });
}

/** Account (instance admin), community and API token, before the server's first start. */
async function seed(root, dataDir) {
  const user = ['--email', EMAIL, '--name', 'UI Bench', '--organisation', 'Bench', '--admin'];
  await admin(root, dataDir, ['create-user', ...user, '--password-stdin'], `${PASSWORD}\n`);
  await admin(root, dataDir, [
    'create-community',
    ...['--slug', COMMUNITY, '--name', 'UI bench', '--owner', EMAIL],
  ]);
  const output = await admin(root, dataDir, [
    'create-token',
    ...['--email', EMAIL, '--name', 'ui-bench'],
  ]);
  const token = output.trim().split('\n').at(-1)?.trim();
  if (!token) throw new Error('admin create-token printed no token');
  return token;
}

/**
 * A seeded, running Kring of `root`. `stop()` ends the server (SIGTERM by its PID, SIGKILL after
 * a grace period) and removes the data dir.
 */
export async function startKring(root) {
  assertBuilt(root);
  const dataDir = await mkdtemp(join(tmpdir(), 'kring-ui-bench-'));
  try {
    const token = await seed(root, dataDir);
    const port = await freePort();
    const server = await launch({
      args: [join(root, 'server/dist/index.js')],
      env: {
        PORT: String(port),
        HOST,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        PASSWORD_HASH_COST: '14',
        // The bench signs in a few times in a row; the default limit is for people.
        AUTH_RATE_PER_MINUTE: '1000',
      },
      dataDir,
      port,
      logName: 'server.log',
    });
    const origin = `http://${HOST}:${port}`;
    await waitForHttp(origin);
    return {
      origin,
      token,
      pid: server.pid,
      async stop() {
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Resolves once `GET /` answers 200 (the interface: "HTTP answers on / once ready"). */
async function waitForHttp(origin, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(`${origin}/`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`${origin}/ did not answer 200 (last: ${status})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
