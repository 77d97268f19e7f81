import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('/readyz', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.dispose();
  });

  const readyz = async () => {
    const response = await fetch(`${server.kring.url}/readyz`);
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('reports not ready while nothing can be written, and ready again once writes succeed', async () => {
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready' } });

    const database = server.kring.storage.database;
    const batch = database.batch.bind(database);
    // The disk fills up: LevelDB refuses every write the way it does on ENOSPC.
    database.batch = (() =>
      Promise.reject(
        Object.assign(new Error('IO error: No space left on device'), { code: 'LEVEL_IO_ERROR' }),
      )) as unknown as typeof database.batch;
    try {
      expect(await readyz()).toEqual({ status: 503, body: { status: 'not-ready' } });
      expect((await fetch(`${server.kring.url}/healthz`)).status).toBe(200);
    } finally {
      database.batch = batch;
    }

    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready' } });
  });
});
