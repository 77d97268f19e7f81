import { describe, expect, it, vi } from 'vitest';
import { CSRF_HEADER, type SessionView } from '@kring/shared';
import { ApiClient, type FetchFunction } from './ApiClient.js';
import { ApiError } from './ApiError.js';

interface Call {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly credentials: RequestCredentials | undefined;
}

const session: SessionView = {
  user: {
    id: 'u1',
    name: 'Anna',
    organisation: 'BZK',
    email: 'anna@example.nl',
    isAdmin: false,
    isGuest: false,
  },
  csrfToken: 'csrf-1',
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** A fake fetch answering from a list of responses (or a function of the call), recording calls. */
function fakeFetch(answer: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch: FetchFunction = async (url, init) => {
    const call: Call = {
      url,
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      credentials: init.credentials,
    };
    calls.push(call);
    return answer(call);
  };
  return { fetch, calls };
}

describe('ApiClient', () => {
  it('sends JSON same-origin with cookies and returns the parsed answer', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, [{ slug: 'pet' }]));
    const client = new ApiClient({ fetch });
    await expect(client.get('/communities', { query: { a: 1, b: undefined } })).resolves.toEqual([
      { slug: 'pet' },
    ]);
    expect(calls).toEqual([
      {
        url: '/api/communities?a=1',
        method: 'GET',
        headers: { accept: 'application/json' },
        body: undefined,
        credentials: 'same-origin',
      },
    ]);
  });

  it('sends the CSRF token of the known session on state-changing requests only', async () => {
    const { fetch, calls } = fakeFetch((call) =>
      call.method === 'DELETE' ? new Response(null, { status: 204 }) : json(200, {}),
    );
    const onSession = vi.fn();
    const client = new ApiClient({ fetch, onSession });
    client.acceptSession(session);
    expect(onSession).toHaveBeenCalledWith(session);
    await client.get('/me');
    await client.post('/communities', { slug: 'pet' });
    await expect(client.delete('/me/tokens/t1')).resolves.toBeUndefined();
    expect(calls.map((call) => call.headers[CSRF_HEADER])).toEqual([undefined, 'csrf-1', 'csrf-1']);
    expect(calls[1]?.headers['content-type']).toBe('application/json');
    expect(calls[1]?.body).toEqual({ slug: 'pet' });
  });

  it('fetches the session for a CSRF token before the first state-changing request', async () => {
    const { fetch, calls } = fakeFetch((call) =>
      call.url === '/api/auth/session' ? json(200, session) : json(201, { ok: true }),
    );
    const onSession = vi.fn();
    const client = new ApiClient({ fetch, onSession });
    await client.post('/communities', { slug: 'pet' });
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'GET /api/auth/session',
      'POST /api/communities',
    ]);
    expect(calls[1]?.headers[CSRF_HEADER]).toBe('csrf-1');
    expect(client.currentCsrfToken).toBe('csrf-1');
    expect(onSession).toHaveBeenCalledOnce();
  });

  it('retries once with a fresh token when the server rejects the CSRF token', async () => {
    let posts = 0;
    const { fetch, calls } = fakeFetch((call) => {
      if (call.url === '/api/auth/session') return json(200, { ...session, csrfToken: 'csrf-2' });
      posts += 1;
      return posts === 1
        ? json(403, { error: { code: 'csrf', message: 'bad token' } })
        : json(200, { done: true });
    });
    const client = new ApiClient({ fetch });
    client.acceptSession(session);
    await expect(client.post('/x', {})).resolves.toEqual({ done: true });
    expect(calls.map((call) => call.headers[CSRF_HEADER])).toEqual(['csrf-1', undefined, 'csrf-2']);
  });

  it('turns error answers into ApiErrors with status, code and message', async () => {
    const { fetch } = fakeFetch(() =>
      json(409, { error: { code: 'conflict', message: 'slug is taken' } }),
    );
    const client = new ApiClient({ fetch });
    client.acceptSession(session);
    const error = await client.post('/communities', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'conflict', message: 'slug is taken' });
  });

  it('reports 401 unauthenticated to onUnauthenticated and forgets the token', async () => {
    const { fetch } = fakeFetch(() =>
      json(401, { error: { code: 'unauthenticated', message: 'sign in' } }),
    );
    const onUnauthenticated = vi.fn();
    const client = new ApiClient({ fetch, onUnauthenticated });
    client.acceptSession(session);
    await expect(client.get('/communities')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
    expect(client.currentCsrfToken).toBeNull();
  });

  it('does not report a 401 when the request opts out, nor other 401 codes', async () => {
    const { fetch } = fakeFetch((call) =>
      call.url.endsWith('/login')
        ? json(401, { error: { code: 'invalid_credentials', message: 'no' } })
        : json(401, { error: { code: 'unauthenticated', message: 'no' } }),
    );
    const onUnauthenticated = vi.fn();
    const client = new ApiClient({ fetch, onUnauthenticated });
    await expect(
      client.get('/auth/session', { redirectOnUnauthenticated: false }),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(client.post('/auth/login', {})).rejects.toMatchObject({
      code: 'invalid_credentials',
    });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('turns a failed fetch into a network error, never into a 401', async () => {
    const fetch: FetchFunction = () => Promise.reject(new TypeError('Failed to fetch'));
    const onUnauthenticated = vi.fn();
    const client = new ApiClient({ fetch, onUnauthenticated });
    const error = await client.get('/documents/abc').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network', isNetworkError: true });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('builds URLs for links and downloads', () => {
    const client = new ApiClient({ fetch: () => Promise.reject(new Error('unused')) });
    expect(client.url('/communities/pet/audit.csv')).toBe('/api/communities/pet/audit.csv');
    expect(client.url('/x', { before: 'a b', limit: 50 })).toBe('/api/x?before=a+b&limit=50');
  });

  /** A server that accepted the connection and never answers: settles only when aborted. */
  const silentServer: FetchFunction = (_url, init) =>
    new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });

  it('gives up on a server that never answers, as a network error', async () => {
    const client = new ApiClient({ fetch: silentServer, timeoutMs: 20 });
    const error = await client.get('/documents/abc').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network', isNetworkError: true });
  });

  it('answers from this browser once a request timed out, like when offline', async () => {
    const client = new ApiClient({ fetch: silentServer });
    client.setLocalAnswers(() => Promise.resolve({ value: { from: 'device' } }));
    const answer = await client.get('/documents/abc', { timeoutMs: 20 });
    expect(answer).toEqual({ from: 'device' });
  });

  it('treats a body cut off by the time limit as no answer, not an empty one', async () => {
    const fetch: FetchFunction = (_url, init) => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"partial":'));
          init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return Promise.resolve(
        new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }),
      );
    };
    const client = new ApiClient({ fetch, timeoutMs: 20 });
    const error = await client.get('/documents/abc').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network', isNetworkError: true });
  });
});
