import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createAccount, type TestAccount } from '../support/accounts.js';
import { connectClient, waitUntil, type NodeClient } from '../support/nodeClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { manyParagraphsDocx } from './hostile-docx.js';

/** The middle value of a non-empty list of numbers. */
const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The security probe's "one small import freezes every user": conversions run on the transfer
 * worker, so while hostile imports are converted, collaboration and health checks keep answering,
 * and the imports end with a clear refusal.
 */
describe('hostile imports do not stall collaboration', () => {
  let server: TestServer;
  let editor: TestAccount;
  const clients: NodeClient[] = [];

  beforeAll(async () => {
    server = await startTestServer({ TRANSFER_TIMEOUT_MS: '8000' });
    editor = await createAccount(server, 'Eva');
    await addMember(server, 'test', editor, 'editor');
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.dispose();
  });

  const upload = (contentType: string, body: Uint8Array | string) =>
    fetch(`${server.kring.url}/api/communities/test/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor.token}`, 'content-type': contentType },
      body: typeof body === 'string' ? body : Buffer.from(body),
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as { error?: { code: string; message: string } },
    }));

  it('keeps relaying edits and answering /healthz while they run', async () => {
    // The writer (the seeded admin) creates the page; the editor joins it once it exists.
    const writer = connectClient(server.collabUrl, 'busy-doc', new Y.Doc());
    clients.push(writer);
    await writer.synced();
    const reader = connectClient(server.collabUrl, 'busy-doc', new Y.Doc(), {
      token: editor.token,
    });
    clients.push(reader);
    await reader.synced();

    let settled = false;
    const imports = Promise.all([
      upload(DOCX_TYPE, manyParagraphsDocx(300_000)),
      upload('text/markdown', '*a'.repeat(1_500_000)),
    ]).finally(() => {
      settled = true;
    });

    const delays: number[] = [];
    const healthDelays: number[] = [];
    const text = writer.doc.getText('probe');
    for (let round = 0; !settled || round < 5; round++) {
      const started = performance.now();
      text.insert(text.length, 'x');
      const expected = text.length;
      await waitUntil(
        [reader],
        () => reader.doc.getText('probe').length === expected,
        () => `edit ${round} did not arrive`,
      );
      delays.push(performance.now() - started);
      const healthStarted = performance.now();
      const health = await fetch(`${server.kring.url}/healthz`);
      expect(health.status).toBe(200);
      healthDelays.push(performance.now() - healthStarted);
      // Type like a person (20 keystrokes a second), within the per-connection message budget.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [docx, markdown] = await imports;

    expect(delays.length).toBeGreaterThan(20);
    // A conversion on the main thread would stall everything for seconds (up to the 8 s transfer
    // timeout). A loaded test machine adds pauses of a few hundred milliseconds on its own, so
    // the typical answer must be quick and none may wait anywhere near a conversion's length.
    expect(median(delays)).toBeLessThan(100);
    expect(median(healthDelays)).toBeLessThan(100);
    expect(Math.max(...delays, ...healthDelays)).toBeLessThan(1000);
    for (const result of [docx, markdown]) {
      expect(result.status).toBe(400);
      expect(result.body.error?.code).toBe('too_complex');
      expect(result.body.error?.message).toMatch(/more than|longer than/);
    }
  }, 60_000);

  it('still imports a normal file afterwards', async () => {
    const result = await upload('text/markdown', '# Na de storm\n\nGewoon verder.');
    expect(result.status).toBe(201);
  });
});
