import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { AdminError, backup, restore } from './adminCommands.js';

const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  backup  --out FILE              Write a consistent backup of all documents to FILE.
                                  Works with the server running or stopped.
  restore --from FILE [--force]   Restore FILE into DATA_DIR (stop the server first).
                                  --force moves existing documents aside instead of refusing.

Configuration (DATA_DIR, HOST, PORT) comes from the same environment variables as the server.`;

class UsageError extends Error {}

/** Runs one admin command; returns the process exit code. */
export async function runAdmin(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === 'help') {
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: {
          out: { type: 'string' },
          from: { type: 'string' },
          force: { type: 'boolean', default: false },
        },
        strict: true,
      }).values;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const config = loadConfig(env);
    switch (command) {
      case 'backup':
        if (!parsed.out) throw new UsageError('backup needs --out FILE');
        console.log(await backup(config, parsed.out));
        return 0;
      case 'restore':
        if (!parsed.from) throw new UsageError('restore needs --from FILE');
        console.log(await restore(config, parsed.from, parsed.force ?? false));
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`kring admin: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof AdminError || error instanceof ConfigError) {
      console.error(`kring admin: ${error.message}`);
      return error instanceof ConfigError ? 2 : 1;
    }
    console.error('kring admin: unexpected failure', error);
    return 1;
  }
}
