import { describe, expect, it } from 'vitest';
import {
  ApiError,
  codeForStatus,
  errorFromResponse,
  isNetworkError,
  networkError,
} from './ApiError.js';

describe('errorFromResponse', () => {
  it('uses the code and message of the documented error body', () => {
    const error = errorFromResponse(409, { error: { code: 'conflict', message: 'slug taken' } });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'conflict', message: 'slug taken' });
    expect(error.isNetworkError).toBe(false);
  });

  it('falls back to the code for the status when the body is not the documented shape', () => {
    expect(errorFromResponse(404, undefined)).toMatchObject({ status: 404, code: 'not_found' });
    expect(errorFromResponse(401, { message: 'x' })).toMatchObject({ code: 'unauthenticated' });
    expect(errorFromResponse(403, { error: { code: '' } })).toMatchObject({ code: 'forbidden' });
    expect(errorFromResponse(502, '<html>')).toMatchObject({ code: 'unavailable' });
    expect(errorFromResponse(500, null)).toMatchObject({ code: 'internal' });
  });

  it('keeps the code when the message is missing', () => {
    expect(errorFromResponse(429, { error: { code: 'rate_limited' } })).toMatchObject({
      code: 'rate_limited',
      message: 'rate_limited',
    });
  });
});

describe('codeForStatus', () => {
  it('maps the statuses the API documents', () => {
    expect([400, 401, 403, 404, 409, 429, 500, 503].map(codeForStatus)).toEqual([
      'invalid_request',
      'unauthenticated',
      'forbidden',
      'not_found',
      'conflict',
      'rate_limited',
      'internal',
      'unavailable',
    ]);
  });
});

describe('networkError', () => {
  it('is status 0 with code network, and recognisable', () => {
    const error = networkError(new TypeError('Failed to fetch'));
    expect(error).toMatchObject({ status: 0, code: 'network', message: 'Failed to fetch' });
    expect(isNetworkError(error)).toBe(true);
    expect(isNetworkError(errorFromResponse(401, undefined))).toBe(false);
    expect(isNetworkError(new Error('x'))).toBe(false);
  });
});
