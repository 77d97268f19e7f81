import type { Response } from 'express';
import { SESSION_COOKIE, SESSION_IDLE_DAYS } from '@kring/shared';
import { SECURE_SESSION_COOKIE } from '../auth/Authenticator.js';

/**
 * Sets the session cookie: httpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site
 * subrequests, still sent when returning from an identity provider), and `Secure` with the
 * `__Host-` prefix when Kring is served over HTTPS.
 */
export function setSessionCookie(response: Response, token: string, secure: boolean): void {
  response.cookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_IDLE_DAYS * 24 * 60 * 60 * 1000,
  });
}

/** Removes the session cookie (both names). */
export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
  });
}
