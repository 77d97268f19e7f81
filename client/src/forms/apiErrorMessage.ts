import type { ApiErrorCode } from '@kring/shared';
import type { TFunction } from 'i18next';
import type { NETWORK_ERROR_CODE } from '../api/ApiError.js';
import { ApiError } from '../api/ApiError.js';

/** Codes with a message of their own (`apiError.<code>`); `network` never reached the server. */
const KNOWN_CODES = new Set<ApiErrorCode | typeof NETWORK_ERROR_CODE>([
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
  if (!(KNOWN_CODES as ReadonlySet<string>).has(error.code)) return t('apiError.internal');
  if (error.code === 'invalid_request') {
    return t('apiError.invalid_request', { message: error.message });
  }
  return t(`apiError.${error.code}`);
}
