import type { ErrorRequestHandler, Response } from 'express';
import type { ApiErrorBody, ApiErrorCode } from '@kring/shared';
import { DomainError } from '../domainError.js';
import type { Logger } from '../logger.js';

/** Sends the API's uniform error body `{ "error": { "code", "message" } }`. */
export function sendError(
  response: Response,
  status: number,
  code: ApiErrorCode,
  message: string,
): void {
  const body: ApiErrorBody = { error: { code, message } };
  response.status(status).json(body);
}

function statusOf(error: unknown): number {
  return typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof error.status === 'number'
    ? error.status
    : 500;
}

/** Turns anything thrown in a route into a JSON error without leaking internals. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _request, response, _next) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    if (error instanceof DomainError) {
      sendError(response, error.status, error.code, error.message);
      return;
    }
    const status = statusOf(error);
    if (status >= 500) {
      logger.error({ err: error }, 'request failed');
      sendError(response, 500, 'internal', 'Something went wrong on the server.');
      return;
    }
    if (status === 413) {
      sendError(response, 413, 'too_large', 'The request body is too large.');
      return;
    }
    sendError(response, 400, 'invalid_request', 'The request body is not valid JSON.');
  };
}
