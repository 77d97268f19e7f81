import { CSRF_HEADER, type SessionView } from '@kring/shared';

/** A browser-like API client: keeps the session cookie and sends the CSRF token. */
export class CookieSession {
  cookie: string | null = null;
  csrfToken = '';

  constructor(private readonly baseUrl: string) {}

  /** Sends a request as a browser of this site would; `csrf: false` leaves the header out. */
  async request(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean; origin?: string } = {},
  ): Promise<{ status: number; body: unknown; headers: Headers }> {
    const headers: Record<string, string> = { origin: options.origin ?? this.baseUrl };
    if (this.cookie) headers['cookie'] = this.cookie;
    if (options.csrf !== false && this.csrfToken) headers[CSRF_HEADER] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      redirect: 'manual',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.includes('kring_session='));
    if (setCookie) {
      const pair = setCookie.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? null : (JSON.parse(text) as unknown);
    } catch {
      // not JSON
    }
    if (response.ok && parsed && typeof parsed === 'object' && 'csrfToken' in parsed) {
      this.csrfToken = (parsed as SessionView).csrfToken;
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  /** Signs in with email and password. */
  login(email: string, password: string) {
    return this.request('POST', '/api/auth/login', { email, password });
  }
}
