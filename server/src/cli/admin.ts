import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { writeFile } from 'node:fs/promises';
import { isAccountCommand } from './accountCommands.js';
import { runAccountCommandAnywhere } from './accountCommandRunner.js';
import { AdminError, backup, restore } from './adminCommands.js';

const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  backup  --out FILE              Write a consistent backup of all documents to FILE.
                                  Works with the server running or stopped.
  restore --from FILE [--force]   Restore FILE into DATA_DIR (stop the server first).
                                  --force moves existing documents aside instead of refusing.
  create-user --email E --name N --organisation O [--admin | --guest] [--password-stdin]
                                  Create an account. Without --password-stdin it prints a
                                  one-hour link where the person sets a password.
  create-token --email E --name N [--expires-days D]
                                  Create a personal API token for E; prints it once.
  create-community --slug S --name N [--description D] [--owner E]
  add-member --community S --email E --role owner|editor|commenter|reader
  reset-password --email E        Print a one-hour password reset link for E.
  audit-export [--community S] [--out FILE]
                                  Write the audit log as CSV (default: to stdout).

Configuration (DATA_DIR, HOST, PORT) comes from the same environment variables as the server.`;

class UsageError extends Error {}

/** The password piped to `--password-stdin` (first line). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

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
          email: { type: 'string' },
          name: { type: 'string' },
          organisation: { type: 'string' },
          admin: { type: 'boolean', default: false },
          guest: { type: 'boolean', default: false },
          'password-stdin': { type: 'boolean', default: false },
          'expires-days': { type: 'string' },
          slug: { type: 'string' },
          description: { type: 'string' },
          owner: { type: 'string' },
          community: { type: 'string' },
          role: { type: 'string' },
        },
        strict: true,
      }).values;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const config = loadConfig(env);
    if (isAccountCommand(command)) {
      if (parsed.admin && parsed.guest) throw new UsageError('choose --admin or --guest, not both');
      const password = parsed['password-stdin'] ? await readStdin() : undefined;
      const output = await runAccountCommandAnywhere(config, command, {
        email: parsed.email,
        name: parsed.name,
        organisation: parsed.organisation,
        admin: parsed.admin,
        guest: parsed.guest,
        password,
        expiresDays: parsed['expires-days'],
        slug: parsed.slug,
        description: parsed.description,
        owner: parsed.owner,
        community: parsed.community,
        role: parsed.role,
      });
      if (command === 'audit-export' && parsed.out) {
        await writeFile(parsed.out, output);
        console.log(`Audit log written to ${parsed.out}.`);
      } else {
        console.log(output.replace(/\r?\n$/, ''));
      }
      return 0;
    }
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
