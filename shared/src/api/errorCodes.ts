/** Why an import or export was refused (HTTP 400 or 413). */
export const TRANSFER_ERROR_CODES = [
  'too_large',
  'too_many_files',
  'too_deep',
  'unsafe_path',
  'invalid_archive',
  'invalid_docx',
  'invalid_document',
  'too_complex',
] as const;

/** A machine-readable reason an import or export was refused. */
export type TransferErrorCode = (typeof TRANSFER_ERROR_CODES)[number];

/**
 * Every machine-readable error code the API answers with (`{ error: { code, message } }`). The
 * server can only throw these; the browser switches on them. Adding a code is an API change:
 * document it in `shared/API.md`.
 */
export const API_ERROR_CODES = [
  'invalid_request',
  'unauthenticated',
  'invalid_credentials',
  'invalid_token',
  'forbidden',
  'csrf',
  'not_found',
  'conflict',
  'account_exists',
  'email_missing',
  'signup_closed',
  'too_large',
  'unsupported_type',
  'rate_limited',
  'internal',
  ...TRANSFER_ERROR_CODES,
] as const;

/** A machine-readable API error code. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** True when `code` is one of {@link API_ERROR_CODES}. */
export function isApiErrorCode(code: string): code is ApiErrorCode {
  return (API_ERROR_CODES as readonly string[]).includes(code);
}
