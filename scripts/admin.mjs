// `npm run admin -- <command>`: builds the server when stale, then runs the admin CLI.
import { buildIfStale } from './build-if-stale.mjs';

buildIfStale({ serverOnly: true });
const { runAdmin } = await import('../server/dist/cli/admin.js');
process.exitCode = await runAdmin(process.argv.slice(2), process.env);
