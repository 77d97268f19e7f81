import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError.js';
import { apiErrorMessage } from './apiErrorMessage.js';

const t = ((key: string, options?: Record<string, unknown>) =>
  options === undefined ? key : `${key} ${JSON.stringify(options)}`) as unknown as TFunction;

describe('apiErrorMessage', () => {
  it('has a message per documented error code', () => {
    expect(apiErrorMessage(t, new ApiError(401, 'invalid_credentials', 'x'))).toBe(
      'apiError.invalid_credentials',
    );
    expect(apiErrorMessage(t, new ApiError(0, 'network', 'x'))).toBe('apiError.network');
  });

  it('includes the server explanation of an invalid request', () => {
    expect(apiErrorMessage(t, new ApiError(400, 'invalid_request', 'slug: too long'))).toBe(
      'apiError.invalid_request {"message":"slug: too long"}',
    );
  });

  it('falls back to a general message for unknown codes and other errors', () => {
    expect(apiErrorMessage(t, new ApiError(500, 'internal', 'x'))).toBe('apiError.internal');
    expect(apiErrorMessage(t, new ApiError(418, 'teapot', 'x'))).toBe('apiError.internal');
    expect(apiErrorMessage(t, new Error('boom'))).toBe('apiError.internal');
  });
});
