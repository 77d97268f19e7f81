import type { ApiErrorCode } from '@kring/shared';

/**
 * A refused request, with the HTTP status and the stable error code the API answers with. Services
 * throw it; the HTTP layer turns it into `{ "error": { "code", "message" } }`, the CLI prints it.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429,
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** 404 `not_found`, also used for things the caller may not see (existence does not leak). */
export const notFound = (what: string): DomainError =>
  new DomainError(404, 'not_found', `${what} was not found.`);

/** 403 `forbidden`. */
export const forbidden = (message = 'You are not allowed to do this.'): DomainError =>
  new DomainError(403, 'forbidden', message);
