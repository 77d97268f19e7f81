import type { RequestHandler } from 'express';
import type { OidcLogin } from '../auth/oidc/OidcLogin.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { OfflinePull } from '../offline/OfflinePull.js';
import type { OfflinePush } from '../offline/OfflinePush.js';
import type { UserRecord } from '../storage/meta/records.js';
import type { SearchService } from '../search/SearchService.js';
import type { Services } from '../services.js';
import type { UserLookup } from './views.js';

/** What the API routers share. */
export interface HttpContext {
  readonly services: Services;
  readonly search: SearchService;
  readonly config: Config;
  readonly oidc: OidcLogin;
  readonly logger: Logger;
  /** The origin users reach Kring at: `PUBLIC_URL`, else the address the server listens on. */
  readonly publicUrl: () => string;
  /**
   * The one `AUTH_RATE_PER_MINUTE` budget per client address, shared by every sensitive route
   * (login, sign-up, password reset, OIDC start, invitations, adding members, tokens, passwords).
   */
  readonly authRateLimit: RequestHandler;
  /** Batched offline sync of pages' content (it needs the open documents, not just services). */
  readonly offline: { readonly pull: OfflinePull; readonly push: OfflinePush };
}

/** A user lookup that reads each account at most once per call site (one request). */
export function lookupUsers(context: HttpContext): UserLookup {
  const cache = new Map<string, Promise<UserRecord | null>>();
  return (id) => {
    if (id === null) return Promise.resolve(null);
    let found = cache.get(id);
    if (found === undefined) {
      found = context.services.users.byId(id).then((user) => user ?? null);
      cache.set(id, found);
    }
    return found;
  };
}
