// What every browser bench shares: the commit it measures, and a run that always stops its server
// and browser (by PID, on success, failure, Ctrl-C or after the time limit).
import { execFileSync } from 'node:child_process';

/** Short commit of the checkout at `dir`, or 'unknown'. */
export function commitOf(dir) {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * Runs `work(run)` where `run.server` and `run.browser` are set by the bench as it starts them;
 * both are stopped afterwards, and the process exits with 2 after `limitMs`. A failure is printed
 * as `<name> failed: …` and sets exit code 1.
 */
export async function guardedRun(name, limitMs, work) {
  const run = { server: undefined, browser: undefined };
  const cleanUp = async () => {
    await run.browser?.close().catch(() => undefined);
    await run.server?.stop().catch(() => undefined);
  };
  const limit = setTimeout(() => {
    process.stderr.write(`${name}: stopped after the ${limitMs / 60_000} min limit\n`);
    void cleanUp().finally(() => process.exit(2));
  }, limitMs);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }
  try {
    await work(run);
  } catch (error) {
    process.stderr.write(
      `${name} failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  } finally {
    clearTimeout(limit);
    await cleanUp();
  }
}
