import { CSRF_HEADER, type SessionView } from '@kring/shared';
import { errorFromResponse, NETWORK_ERROR_CODE, networkError, type ApiError } from './ApiError.js';

/** The subset of `fetch` the client uses; injected so tests need no network. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Query parameters; undefined values are left out. */
export type Query = Readonly<Record<string, string | number | undefined>>;

/** Per-request options. */
export interface RequestOptions {
  /** JSON body. */
  readonly body?: unknown;
  readonly query?: Query;
  /**
   * Whether a 401 `unauthenticated` answer calls `onUnauthenticated` (which sends the user to the
   * login page). Default true; off for requests that are allowed to find out nobody is signed in.
   */
  readonly redirectOnUnauthenticated?: boolean;
  /** Aborts the request (e.g. a search overtaken by newer typing). */
  readonly signal?: AbortSignal;
  /**
   * Gives up after this many milliseconds without a complete answer, as if the server were
   * unreachable (default: the client's `timeoutMs`). Large offline batches allow more.
   */
  readonly timeoutMs?: number;
  /**
   * Whether the answer may come from this browser's offline copy when the server cannot be reached
   * (see {@link LocalAnswers}). Default true; off for the offline sync's own requests.
   */
  readonly localFallback?: boolean;
}

/**
 * Answers a request from data kept in this browser (offline copies, queued changes) when the server
 * cannot be reached; resolves to null for requests it cannot answer, which then fail as usual.
 */
export type LocalAnswers = (
  method: HttpMethod,
  path: string,
  options: RequestOptions,
) => Promise<{ readonly value: unknown } | null>;

/**
 * How long a request may take by default. A half-open connection (a laptop that changed networks,
 * a server that stopped answering) would otherwise leave a screen waiting forever.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Answers from a proxy in front of a stopped server: as unreachable as no network at all. */
const UNREACHABLE_STATUSES = new Set([502, 503, 504]);

/** Options of an {@link ApiClient}. */
export interface ApiClientOptions {
  /** Defaults to the browser's `fetch`. */
  readonly fetch?: FetchFunction;
  /** Path prefix of the API on this origin. Default `/api`. */
  readonly basePath?: string;
  /** Called (before the request's promise rejects) when the server says nobody is signed in. */
  readonly onUnauthenticated?: (error: ApiError) => void;
  /** Called whenever the client learns the current session (login, signup, session refresh). */
  readonly onSession?: (session: SessionView) => void;
  /** Default time limit of a request in milliseconds ({@link DEFAULT_REQUEST_TIMEOUT_MS}). */
  readonly timeoutMs?: number;
}

/** Path of the session endpoint below the base path; it also hands out the CSRF token. */
export const SESSION_PATH = '/auth/session';

function isSessionView(value: unknown): value is SessionView {
  if (typeof value !== 'object' || value === null) return false;
  const { user, csrfToken } = value as Record<string, unknown>;
  return typeof csrfToken === 'string' && typeof user === 'object' && user !== null;
}

async function readBody(response: Response, signal: AbortSignal): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    // Cut off while the body was arriving: no answer at all, not an empty one.
    if (signal.aborted) throw error;
    return undefined;
  }
}

/**
 * A small JSON client for Kring's REST API (same origin, cookie session). It keeps the session's
 * CSRF token and sends it on every state-changing request; failures become `ApiError`s; a 401
 * `unauthenticated` is reported once to `onUnauthenticated`. Framework-free.
 */
export class ApiClient {
  private csrfToken: string | null = null;
  private localAnswers: LocalAnswers | null = null;
  private readonly fetchFunction: FetchFunction;
  private readonly basePath: string;

  constructor(private readonly options: ApiClientOptions = {}) {
    this.fetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.basePath = options.basePath ?? '/api';
  }

  /** The CSRF token sent on state-changing requests, or null when none is known. */
  get currentCsrfToken(): string | null {
    return this.csrfToken;
  }

  /**
   * The CSRF token for a request made outside this client (an upload with progress through
   * XMLHttpRequest), fetching the session first when none is known yet.
   */
  async csrfTokenForUpload(): Promise<string | null> {
    if (this.csrfToken === null) await this.refreshSession();
    return this.csrfToken;
  }

  /** Remembers a session the server returned (its CSRF token) and tells `onSession`. */
  acceptSession(session: SessionView): void {
    this.csrfToken = session.csrfToken;
    this.options.onSession?.(session);
  }

  /** Lets requests fall back to {@link LocalAnswers} when the server cannot be reached. */
  setLocalAnswers(answers: LocalAnswers | null): void {
    this.localAnswers = answers;
  }

  /** Forgets the CSRF token (after logging out). */
  forgetSession(): void {
    this.csrfToken = null;
  }

  /** The URL of an API path on this origin, e.g. for links and downloads. */
  url(path: string, query?: Query): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.set(key, String(value));
    }
    const search = params.toString();
    return `${this.basePath}${path}${search === '' ? '' : `?${search}`}`;
  }

  /** `GET` a JSON resource. */
  get<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  /** `POST` a JSON body. */
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T> {
    return this.request<T>('POST', path, { ...options, body });
  }

  /** `PUT` a JSON body. */
  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, { body });
  }

  /** `PATCH` a JSON body. */
  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PATCH', path, { body });
  }

  /** `DELETE` a resource. */
  delete(path: string): Promise<void> {
    return this.request<void>('DELETE', path);
  }

  /**
   * Sends one request and returns its parsed JSON answer (undefined for 204). The answer is
   * trusted to have the documented type: it comes from our own server.
   */
  async request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
    try {
      return await this.requestServer<T>(method, path, options);
    } catch (error) {
      const unreachable =
        (error as ApiError).code === NETWORK_ERROR_CODE ||
        UNREACHABLE_STATUSES.has((error as ApiError).status);
      if (!unreachable || options.signal?.aborted === true) throw error;
      if (options.localFallback === false || this.localAnswers === null) throw error;
      const local = await this.localAnswers(method, path, options);
      if (local === null) throw error;
      return local.value as T;
    }
  }

  private async requestServer<T>(
    method: HttpMethod,
    path: string,
    options: RequestOptions,
  ): Promise<T> {
    const mutating = method !== 'GET';
    if (mutating && this.csrfToken === null) await this.refreshSession();
    let { response, body } = await this.exchange(method, path, options);
    if (mutating && response.status === 403 && errorFromResponse(403, body).code === 'csrf') {
      // The token may be stale (a new session in another tab): fetch the current one, retry once.
      if (await this.refreshSession())
        ({ response, body } = await this.exchange(method, path, options));
    }
    if (response.ok) return body as T;
    const error = errorFromResponse(response.status, body);
    if (error.status === 401 && error.code === 'unauthenticated') {
      this.csrfToken = null;
      if (options.redirectOnUnauthenticated !== false) this.options.onUnauthenticated?.(error);
    }
    throw error;
  }

  /** Fetches the current session (and CSRF token); true when there is one. Never throws. */
  private async refreshSession(): Promise<boolean> {
    try {
      const { response, body } = await this.exchange('GET', SESSION_PATH, {});
      if (!response.ok || !isSessionView(body)) return false;
      this.acceptSession(body);
      return true;
    } catch {
      return false;
    }
  }

  private async exchange(
    method: HttpMethod,
    path: string,
    options: RequestOptions,
  ): Promise<{ response: Response; body: unknown }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken !== null) headers[CSRF_HEADER] = this.csrfToken;
    // The caller's abort or the time limit, whichever comes first, ends the request.
    const controller = new AbortController();
    const ms = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const timer = setTimeout(
      () => controller.abort(new DOMException('timed out', 'TimeoutError')),
      ms,
    );
    const forward = () => controller.abort(options.signal?.reason);
    if (options.signal?.aborted === true) forward();
    options.signal?.addEventListener('abort', forward, { once: true });
    const init: RequestInit = {
      method,
      headers,
      credentials: 'same-origin',
      signal: controller.signal,
    };
    if (options.body !== undefined) init.body = JSON.stringify(options.body);
    try {
      const response = await this.fetchFunction(this.url(path, options.query), init);
      return { response, body: await readBody(response, controller.signal) };
    } catch (cause) {
      throw networkError(cause);
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', forward);
    }
  }
}
