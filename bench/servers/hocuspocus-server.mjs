// Hocuspocus v4 with the SQLite extension, default settings. Env: PORT, HOST, DATABASE (file).
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Server } from '@hocuspocus/server';

const server = new Server({
  port: Number(process.env.PORT),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: process.env.DATABASE })],
});
await server.listen();
process.stdout.write(`hocuspocus listening on ${server.URL}\n`);
