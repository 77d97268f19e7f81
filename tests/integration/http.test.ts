import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('HTTP API and app routes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.dispose();
  });

  it('answers the health check', async () => {
    const response = await fetch(`${server.kring.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('answers unknown API paths with a JSON error', async () => {
    const response = await fetch(`${server.kring.url}/api/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: 'No such API endpoint.' },
    });
  });

  it('answers malformed JSON bodies with a JSON 400', async () => {
    const response = await fetch(`${server.kring.url}/api/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"broken',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('refuses the admin backup endpoint without the local admin token', async () => {
    const response = await fetch(`${server.kring.url}/api/admin/backup`, {
      method: 'POST',
      headers: { authorization: 'Bearer guessed' },
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('serves metrics, liveness and readiness for operations', async () => {
    const metrics = await (await fetch(`${server.kring.url}/metrics`)).text();
    expect(metrics).toContain('kring_connections');
    expect(metrics).toContain('kring_storage_batch_write_seconds');
    expect(metrics).toContain('kring_updates_applied_total');
    expect(metrics).toContain('kring_updates_sent_total');
    expect(metrics).toContain('kring_ack_seconds');
    expect((await fetch(`${server.kring.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${server.kring.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('answers deep links with the app so a shared link opens', async () => {
    const response = await fetch(`${server.kring.url}/d/some-document-id`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Kring test shell');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
