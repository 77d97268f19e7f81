import type { TFunction } from 'i18next';
import { ApiError } from '../api/ApiError.js';

const KNOWN_CODES = new Set([
  'network',
  'invalid_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'invalid_credentials',
  'invalid_token',
  'signup_closed',
  'csrf',
  'rate_limited',
]);

/**
 * What to tell a person about a failed request, in the current language. Unknown codes and
 * server failures get a general message; `invalid_request` includes the server's explanation.
 */
export function apiErrorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('apiError.internal');
  if (!KNOWN_CODES.has(error.code)) return t('apiError.internal');
  if (error.code === 'invalid_request') {
    return t('apiError.invalid_request', { message: error.message });
  }
  return t(`apiError.${error.code}`);
}
