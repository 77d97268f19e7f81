// `npm start`: builds what is missing or stale, then runs the server in this same process, so the
// server's own SIGTERM/SIGINT handling (flush, close the database) applies.
import { buildIfStale } from './build-if-stale.mjs';

buildIfStale();
await import('../server/dist/index.js');
