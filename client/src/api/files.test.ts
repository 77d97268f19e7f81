import { afterEach, describe, expect, it, vi } from 'vitest';
import { CSRF_HEADER } from '@kring/shared';
import { ApiClient, type FetchFunction } from './ApiClient.js';
import { ApiError } from './ApiError.js';
import { filesApi } from './files.js';

const session = {
  user: { id: 'u1', name: 'Anna', organisation: 'BZK', email: 'a@example.nl', isAdmin: false },
  csrfToken: 'csrf-1',
};

function json(status: number, body: unknown): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function client(answer: (url: string, init: RequestInit) => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: FetchFunction = (url, init) => {
    calls.push({ url, init });
    return Promise.resolve(url === '/api/auth/session' ? json(200, session) : answer(url, init));
  };
  return { api: filesApi(new ApiClient({ fetch })), calls };
}

/** A stand-in XMLHttpRequest that records the request and answers with `status` and `body`. */
function fakeXhr(status: number, body: unknown) {
  const sent: {
    method?: string;
    url?: string;
    headers: Record<string, string>;
    body?: unknown;
  } = { headers: {} };
  class FakeXhr {
    status = 0;
    responseText = '';
    withCredentials = false;
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    open(method: string, url: string) {
      sent.method = method;
      sent.url = url;
    }
    setRequestHeader(name: string, value: string) {
      sent.headers[name] = value;
    }
    abort() {
      this.onabort?.();
    }
    send(payload: unknown) {
      sent.body = payload;
      this.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 } as ProgressEvent);
      this.status = status;
      this.responseText = JSON.stringify(body);
      this.onload?.();
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('filesApi', () => {
  it('lists the file area or one page’s attachments', async () => {
    const { api, calls } = client(() => json(200, []));
    await api.list('pet');
    await api.list('pet', 'doc1');
    expect(calls.map((call) => call.url)).toEqual([
      '/api/communities/pet/files',
      '/api/communities/pet/files?documentId=doc1',
    ]);
  });

  it('deletes with the CSRF token', async () => {
    const { api, calls } = client(() => json(204, undefined));
    await api.delete('f/1');
    const call = calls.find((c) => c.init.method === 'DELETE');
    expect(call?.url).toBe('/api/files/f%2F1');
    expect((call?.init.headers as Record<string, string>)[CSRF_HEADER]).toBe('csrf-1');
  });

  it('builds file addresses', () => {
    const { api } = client(() => json(200, []));
    expect(api.url('abc')).toBe('/api/files/abc');
    expect(api.downloadUrl('abc')).toBe('/api/files/abc?download');
  });

  it('uploads the raw file with name, page, type, CSRF header and progress', async () => {
    const sent = fakeXhr(201, { id: 'f1' });
    const { api } = client(() => json(200, []));
    const file = new Blob(['hello'], { type: 'text/plain' });
    const progress: number[] = [];
    const stored = await api.upload('pet', file, {
      name: 'Notes & more.txt',
      documentId: 'doc1',
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(stored).toEqual({ id: 'f1' });
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe('/api/communities/pet/files?name=Notes+%26+more.txt&documentId=doc1');
    expect(sent.headers['content-type']).toBe('text/plain');
    expect(sent.headers[CSRF_HEADER]).toBe('csrf-1');
    expect(sent.body).toBe(file);
    expect(progress).toEqual([0.5]);
  });

  it('reports refusals as ApiErrors', async () => {
    fakeXhr(413, { error: { code: 'too_large', message: 'At most 50 MB.' } });
    const { api } = client(() => json(200, []));
    const upload = api.upload('pet', new Blob(['x']), { name: 'big.bin' });
    await expect(upload).rejects.toBeInstanceOf(ApiError);
    await expect(upload).rejects.toMatchObject({ status: 413, code: 'too_large' });
  });
});
