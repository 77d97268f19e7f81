import type { Request, RequestHandler, Response } from 'express';
import { CSRF_HEADER } from '@kring/shared';
import type { Authenticator, Principal } from '../auth/Authenticator.js';
import { callerOf, type Caller } from '../auth/Caller.js';
import { DomainError } from '../domainError.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves the caller once per request into `response.locals.principal` (null: anonymous). */
export function authenticate(authenticator: Authenticator): RequestHandler {
  return (request, response, next) => {
    authenticator.fromHeaders(request.headers).then((principal) => {
      response.locals['principal'] = principal;
      next();
    }, next);
  };
}

/** The request's principal, or null. */
export function principalOrNull(response: Response): Principal | null {
  return (response.locals['principal'] as Principal | null | undefined) ?? null;
}

/** The request's principal. @throws {DomainError} 401 `unauthenticated`. */
export function requirePrincipal(response: Response): Principal {
  const principal = principalOrNull(response);
  if (principal === null) {
    throw new DomainError(401, 'unauthenticated', 'Sign in to continue.');
  }
  return principal;
}

/** The request's caller for services. @throws {DomainError} 401 `unauthenticated`. */
export function requireCaller(request: Request, response: Response): Caller {
  return callerOf(requirePrincipal(response), request.ip ?? null);
}

/**
 * CSRF protection: a state-changing request authenticated by the session cookie must carry the
 * session's CSRF token in `x-kring-csrf` (a cross-site form or fetch cannot read it). Bearer
 * requests are not exposed to CSRF; anonymous ones are checked by {@link requireSameOrigin}.
 */
export const csrfProtection: RequestHandler = (request, response, next) => {
  const principal = principalOrNull(response);
  if (SAFE_METHODS.has(request.method) || principal?.credential.kind !== 'session') return next();
  if (request.get(CSRF_HEADER) !== principal.credential.session.csrfToken) {
    return next(
      new DomainError(403, 'csrf', 'The request is missing its CSRF token; reload the page.'),
    );
  }
  next();
};

/**
 * For requests without a session yet (login, sign-up): a browser's `Origin` header, when sent,
 * must be this site's, so another site cannot log a visitor into an account of its choosing.
 */
export function requireSameOrigin(allowedOrigin: () => string | null): RequestHandler {
  return (request, _response, next) => {
    const origin = request.get('origin');
    if (SAFE_METHODS.has(request.method) || origin === undefined) return next();
    const host = request.get('host');
    const allowed = allowedOrigin() ?? `${request.protocol}://${host ?? ''}`;
    if (origin !== allowed) {
      return next(new DomainError(403, 'csrf', 'Cross-site requests are not accepted.'));
    }
    next();
  };
}
