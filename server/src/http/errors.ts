import type { ErrorRequestHandler, Response } from 'express';
import type { ApiErrorBody } from '@kring/shared';
import type { Logger } from '../logger.js';

/** Sends the API's uniform error body `{ "error": { "code", "message" } }`. */
export function sendError(response: Response, status: number, code: string, message: string): void {
  const body: ApiErrorBody = { error: { code, message } };
  response.status(status).json(body);
}

/** Turns anything thrown in a route into a JSON error without leaking internals. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _request, response, _next) => {
    const status =
      typeof error === 'object' &&
      error !== null &&
      'status' in error &&
      typeof error.status === 'number'
        ? error.status
        : 500;
    if (status >= 500) {
      logger.error({ err: error }, 'request failed');
      sendError(response, 500, 'internal_error', 'Something went wrong on the server.');
      return;
    }
    sendError(response, status, 'bad_request', 'The request could not be read.');
  };
}
