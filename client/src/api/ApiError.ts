/** Error code of a request that never reached the server (offline, DNS, refused connection). */
export const NETWORK_ERROR_CODE = 'network';

/**
 * A failed `/api` request. `code` is the server's machine-readable code (`unauthenticated`,
 * `invalid_request`, `conflict`…, see shared/API.md), or {@link NETWORK_ERROR_CODE} with status 0
 * when there was no answer at all.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** Machine-readable error code. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  /** True when the server could not be reached, so the answer says nothing about the request. */
  get isNetworkError(): boolean {
    return this.code === NETWORK_ERROR_CODE;
  }
}

/** True for an {@link ApiError} that means the server could not be reached. */
export function isNetworkError(error: unknown): boolean {
  return error instanceof ApiError && error.isNetworkError;
}

/** The error code the API uses for an HTTP status, for answers without a readable error body. */
export function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'invalid_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate_limited';
    default:
      // 502/503/504 come from a proxy in front of a server that is down: as good as unreachable.
      return status === 502 || status === 503 || status === 504 ? 'unavailable' : 'internal';
  }
}

/**
 * Builds the error for a failed answer from its status and parsed body. A body of the documented
 * shape `{ error: { code, message } }` wins; anything else (an HTML page from a proxy, no body)
 * falls back to the code for the status.
 */
export function errorFromResponse(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null) {
    const error = (body as Record<string, unknown>)['error'];
    if (typeof error === 'object' && error !== null) {
      const { code, message } = error as Record<string, unknown>;
      if (typeof code === 'string' && code !== '') {
        return new ApiError(status, code, typeof message === 'string' ? message : code);
      }
    }
  }
  const code = codeForStatus(status);
  return new ApiError(status, code, `HTTP ${status}`);
}

/** The error for a request that threw before any answer arrived. */
export function networkError(cause: unknown): ApiError {
  const message = cause instanceof Error ? cause.message : 'network error';
  return new ApiError(0, NETWORK_ERROR_CODE, message);
}
