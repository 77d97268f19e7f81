import type {
  ApiTokenView,
  ChangePasswordRequest,
  CreatedApiToken,
  CreateTokenRequest,
  CurrentUser,
  UpdateProfileRequest,
} from '@kring/shared';
import type { ApiClient } from './ApiClient.js';

/** The signed-in user's own account: `/api/me`. */
export interface MeApi {
  get(): Promise<CurrentUser>;
  updateProfile(request: UpdateProfileRequest): Promise<CurrentUser>;
  /** Changes the password; the server ends the user's other sessions. */
  changePassword(request: ChangePasswordRequest): Promise<void>;
}

/** The signed-in user's API tokens: `/api/me/tokens`. */
export interface TokensApi {
  list(): Promise<ApiTokenView[]>;
  /** Creates a token; the answer holds the secret, which is never shown again. */
  create(request: CreateTokenRequest): Promise<CreatedApiToken>;
  revoke(id: string): Promise<void>;
}

/** The {@link MeApi} on a client. */
export function meApi(client: ApiClient): MeApi {
  return {
    get: () => client.get<CurrentUser>('/me'),
    updateProfile: (request) => client.patch<CurrentUser>('/me', request),
    changePassword: (request) => client.put<void>('/me/password', request),
  };
}

/** The {@link TokensApi} on a client. */
export function tokensApi(client: ApiClient): TokensApi {
  return {
    list: () => client.get<ApiTokenView[]>('/me/tokens'),
    create: (request) => client.post<CreatedApiToken>('/me/tokens', request),
    revoke: (id) => client.delete(`/me/tokens/${encodeURIComponent(id)}`),
  };
}
