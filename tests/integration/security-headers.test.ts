import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** What the app's own policy must say (scripts only from this origin, no framing, no plugins). */
const APP_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
];

describe('Content-Security-Policy and nosniff on every response', () => {
  let server: TestServer;
  let fileUrl: string;
  const get = (
    path: string,
    init: RequestInit = {},
    token: string | null = server.credentials.token,
  ) =>
    fetch(`${server.kring.url}${path}`, {
      ...init,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) },
    });

  beforeAll(async () => {
    server = await startTestServer();
    const upload = await get('/api/communities/test/files?name=a.csv', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'a,b\n',
    });
    fileUrl = ((await upload.json()) as { url: string }).url;
    await get('/api/communities/test/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'headers' }),
    });
  });
  afterAll(() => server.dispose());

  it.each([
    ['HTML page /', '/', {}],
    ['HTML page /d/:id (app route)', '/d/headers', {}],
    ['static asset', '/index.html', {}],
    ['missing static asset', '/assets/missing.js', {}],
    ['API JSON', '/api/communities', {}],
    ['API health', '/api/health', {}],
    ['OpenAPI', '/api/openapi.json', {}],
    ['API 404', '/api/no-such-endpoint', {}],
    ['API error 404', '/api/communities/no-such-community', {}],
    ['API 401', '/api/me', { anonymous: true }],
    ['API 400 (bad JSON)', '/api/communities', { method: 'POST', body: '{' }],
    ['metrics', '/metrics', {}],
    ['healthz', '/healthz', {}],
    ['readyz', '/readyz', {}],
    ['page export', '/api/documents/headers/export?format=html', { attachment: true }],
    ['community export', '/api/communities/test/export', { attachment: true }],
  ] as const)('%s', async (_name, path, options: Record<string, unknown>) => {
    const response = await get(
      path,
      {
        method: (options['method'] as string | undefined) ?? 'GET',
        ...(options['body'] === undefined
          ? {}
          : { body: options['body'] as string, headers: { 'content-type': 'application/json' } }),
      },
      options['anonymous'] ? null : server.credentials.token,
    );
    await response.body?.cancel();
    const policy = response.headers.get('content-security-policy') ?? '';
    for (const directive of APP_POLICY)
      expect(policy, `${path} ${response.status}`).toContain(directive);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    if (options['attachment']) {
      expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    }
  });

  it('file downloads: attachment, nosniff and a sandbox, so nothing in a file runs as Kring', async () => {
    for (const query of ['', '?download']) {
      const response = await get(`${fileUrl}${query}`);
      await response.body?.cancel();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain('sandbox');
    }
  });
});
