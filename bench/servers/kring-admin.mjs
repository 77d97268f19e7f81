// Runs one Kring admin CLI command, like `npm run admin -- <command> …` but without its
// build-if-stale step (run.mjs has built the server already). Env: DATA_DIR and the rest as for
// the server.
import { runAdmin } from '../../server/dist/cli/admin.js';

process.exitCode = await runAdmin(process.argv.slice(2), process.env);
