import * as client from 'openid-client';

/**
 * Why a login could not go on:
 * - `unknown_provider`: no provider has this id;
 * - `unknown_flow`: the flow id is missing, expired, already used, or belongs to another provider;
 * - `provider_unavailable`: discovery failed or the provider could not be reached;
 * - `login_failed`: the provider answered with an error, or a response did not validate.
 */
export type OidcLoginErrorCode =
  'unknown_provider' | 'unknown_flow' | 'provider_unavailable' | 'login_failed';

/** A failed OIDC login. The message never contains tokens, codes or secrets, and has no cause. */
export class OidcLoginError extends Error {
  override readonly name = 'OidcLoginError';
  /** Machine-readable reason, suitable for `/login?error=<code>`. */
  readonly code: OidcLoginErrorCode;

  constructor(code: OidcLoginErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** An OAuth error code as sent by the provider, if it looks like one (it is attacker-controlled). */
function oauthCode(value: unknown): string {
  return typeof value === 'string' && /^[a-z0-9_.-]{1,64}$/i.test(value) ? value : 'an error';
}

/** Maps an openid-client failure to an {@link OidcLoginError} without leaking values. */
export function failure(error: unknown, step: string): OidcLoginError {
  const unreachable =
    (error instanceof TypeError && error.message === 'fetch failed') ||
    (error instanceof client.ClientError &&
      (error.code === 'OAUTH_TIMEOUT' ||
        error.code === 'OAUTH_ABORT' ||
        (error.cause instanceof Response && error.cause.status >= 500)));
  if (unreachable) {
    return new OidcLoginError(
      'provider_unavailable',
      `${step}: the identity provider is unreachable`,
    );
  }
  let detail: string;
  if (error instanceof client.AuthorizationResponseError) {
    detail = `the identity provider answered ${oauthCode(error.error)}`;
  } else if (error instanceof client.ResponseBodyError) {
    detail = `the identity provider answered ${oauthCode(error.error)} (HTTP ${error.status})`;
  } else if (error instanceof client.WWWAuthenticateChallengeError) {
    detail = `the identity provider refused the request (HTTP ${error.status})`;
  } else if (error instanceof client.ClientError) {
    detail = `${error.message} (${error.code ?? 'no code'})`;
  } else {
    detail = `unexpected ${error instanceof Error ? error.name : 'failure'}`;
  }
  return new OidcLoginError('login_failed', `${step} failed: ${detail}`);
}
