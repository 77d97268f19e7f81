import type {
  AuthProvidersView,
  LoginRequest,
  PasswordResetCompleteRequest,
  SessionView,
  SignupRequest,
} from '@kring/shared';
import type { ApiClient } from './ApiClient.js';
import { SESSION_PATH } from './ApiClient.js';

/** Signing in and out: `/api/auth`. */
export interface AuthApi {
  /** How people can sign in here (local accounts, OIDC providers, first run). */
  providers(): Promise<AuthProvidersView>;
  /** The current session; rejects with 401 `unauthenticated` (without redirecting) if none. */
  session(): Promise<SessionView>;
  login(request: LoginRequest): Promise<SessionView>;
  signup(request: SignupRequest): Promise<SessionView>;
  /** Ends this session. */
  logout(): Promise<void>;
  /** Ends every session of this user, in every browser. */
  logoutEverywhere(): Promise<void>;
  /** Sets a new password with the token of a reset link. */
  completePasswordReset(request: PasswordResetCompleteRequest): Promise<void>;
}

/** The {@link AuthApi} on a client; session answers update the client's CSRF token. */
export function authApi(client: ApiClient): AuthApi {
  const accept = (session: SessionView): SessionView => {
    client.acceptSession(session);
    return session;
  };
  return {
    providers: () => client.get<AuthProvidersView>('/auth/providers'),
    session: async () =>
      accept(await client.get<SessionView>(SESSION_PATH, { redirectOnUnauthenticated: false })),
    login: async (request) =>
      accept(
        await client.post<SessionView>('/auth/login', request, {
          redirectOnUnauthenticated: false,
        }),
      ),
    signup: async (request) =>
      accept(
        await client.post<SessionView>('/auth/signup', request, {
          redirectOnUnauthenticated: false,
        }),
      ),
    logout: async () => {
      await client.post<void>('/auth/logout', undefined, { redirectOnUnauthenticated: false });
      client.forgetSession();
    },
    completePasswordReset: (request) =>
      client.post<void>('/auth/password-reset/complete', request, {
        redirectOnUnauthenticated: false,
      }),
    logoutEverywhere: async () => {
      await client.post<void>('/auth/logout-all', undefined, { redirectOnUnauthenticated: false });
      client.forgetSession();
    },
  };
}

/**
 * Address that starts signing in with an OpenID Connect provider (a full page navigation).
 *
 * @param returnTo - app path to come back to when signed in.
 * @param invitation - invitation token to accept on the way, if any.
 */
export function oidcStartUrl(providerId: string, returnTo: string, invitation?: string): string {
  const params = new URLSearchParams({ returnTo });
  if (invitation !== undefined) params.set('invitation', invitation);
  return `/api/auth/oidc/${encodeURIComponent(providerId)}/start?${params.toString()}`;
}
