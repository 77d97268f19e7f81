import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { emailDomain } from '../accounts/AccountService.js';
import { safeReturnTo } from '@kring/shared';
import { OidcLoginError, type OidcIdentity } from '../auth/oidc/OidcLogin.js';
import type { OidcProviderConfig } from '../auth/oidc/oidcProviderConfig.js';
import { readCookie } from '../auth/Authenticator.js';
import { DomainError } from '../domainError.js';
import type { UserRecord } from '../storage/meta/records.js';
import { startSession } from './authRouter.js';
import type { HttpContext } from './HttpContext.js';
import { param } from './validate.js';

const FLOW_COOKIE = 'kring_oidc_flow';
const FLOW_COOKIE_PATH = '/api/auth/oidc';
const startQuerySchema = z.object({
  returnTo: z.string().max(2048).optional(),
  invitation: z.string().min(1).max(200).optional(),
});

/** Sends the browser back to the login page with a machine-readable reason. */
function failLogin(response: Response, code: string): void {
  response.clearCookie(FLOW_COOKIE, { path: FLOW_COOKIE_PATH });
  response.redirect(303, `/login?error=${encodeURIComponent(code)}`);
}

/**
 * `/api/auth/oidc/:providerId/{start,callback}`: OpenID Connect login (authorization code + PKCE).
 * An identity signs in to the account it is linked to; else to the account with the same verified
 * email (linking it, when the provider vouches for that email domain); else a new account is made
 * when an invitation or the provider's allowed email domains permit it.
 */
export function oidcRouter(context: HttpContext): Router {
  const { services, config, oidc } = context;
  const router = Router();
  const providerById = new Map(config.oidcProviders.map((provider) => [provider.id, provider]));
  const redirectUri = (id: string) => `${context.publicUrl()}/api/auth/oidc/${id}/callback`;

  const accountFor = async (
    provider: OidcProviderConfig,
    identity: OidcIdentity,
    invitation: string | undefined,
    request: Request,
  ): Promise<UserRecord> => {
    const linked = await services.users.byIdentity(identity.issuer, identity.subject);
    if (linked) return linked;
    if (identity.email === null) throw new DomainError(400, 'email_missing', 'No email address.');
    const email = identity.email.toLowerCase();
    const domainVouched =
      provider.allowedEmailDomains.length === 0 ||
      provider.allowedEmailDomains.includes(emailDomain(email));
    const existing = await services.users.byEmail(email);
    if (existing) {
      if (!identity.emailVerified || !domainVouched) {
        throw new DomainError(409, 'account_exists', 'Sign in with your password first.');
      }
      return services.accounts.linkIdentity(existing, {
        issuer: identity.issuer,
        subject: identity.subject,
      });
    }
    return services.accounts.signup(
      {
        name: identity.name ?? email.slice(0, email.indexOf('@')),
        email,
        organisation: provider.organisation,
        password: null,
        identity: { issuer: identity.issuer, subject: identity.subject },
      },
      {
        invitation,
        allowedDomains: identity.emailVerified ? provider.allowedEmailDomains : [],
        ip: request.ip ?? null,
      },
    );
  };

  router.get('/:providerId/start', context.authRateLimit, async (request, response) => {
    const id = String(param(request, 'providerId'));
    const query = startQuerySchema.safeParse(request.query);
    if (!providerById.has(id) || !query.success) return failLogin(response, 'unknown_provider');
    try {
      const { redirectUrl, flowId } = await oidc.start(id, {
        redirectUri: redirectUri(id),
        returnTo: safeReturnTo(query.data.returnTo),
        ...(query.data.invitation ? { invitation: query.data.invitation } : {}),
      });
      response.cookie(FLOW_COOKIE, flowId, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
        path: FLOW_COOKIE_PATH,
        maxAge: 10 * 60 * 1000,
      });
      response.redirect(303, redirectUrl);
    } catch (error) {
      context.logger.warn(
        { provider: id, code: (error as OidcLoginError).code },
        'OIDC start failed',
      );
      failLogin(response, error instanceof OidcLoginError ? error.code : 'login_failed');
    }
  });

  router.get('/:providerId/callback', async (request, response) => {
    const id = String(param(request, 'providerId'));
    const provider = providerById.get(id);
    const flowId = readCookie(request.headers.cookie, FLOW_COOKIE);
    if (provider === undefined || flowId === null) return failLogin(response, 'unknown_flow');
    try {
      const callbackUrl = new URL(request.originalUrl, context.publicUrl());
      const result = await oidc.finish(id, callbackUrl, flowId);
      const user = await accountFor(provider, result.identity, result.invitation, request);
      if (result.invitation !== undefined) {
        await services.invitations
          .accept(result.invitation, user, request.ip ?? null)
          .catch(() => undefined);
      }
      await startSession(context, response, user);
      await services.audit.record({
        action: 'login',
        actorId: user.id,
        details: { via: `oidc:${id}` },
        ip: request.ip ?? null,
      });
      response.clearCookie(FLOW_COOKIE, { path: FLOW_COOKIE_PATH });
      response.redirect(303, result.returnTo);
    } catch (error) {
      const code =
        error instanceof OidcLoginError || error instanceof DomainError
          ? error.code
          : 'login_failed';
      context.logger.warn({ provider: id, code }, 'OIDC login failed');
      await services.audit.record({
        action: 'login.failed',
        details: { via: `oidc:${id}`, reason: code },
        ip: request.ip ?? null,
      });
      failLogin(response, code);
    }
  });

  return router;
}
