import { Router, type Request, type Response } from 'express';
import {
  loginRequestSchema,
  passwordResetCompleteSchema,
  passwordResetRequestSchema,
  signupRequestSchema,
  type AuthProvidersView,
  type SessionView,
} from '@kring/shared';
import type { SessionRecord, UserRecord } from '../storage/meta/records.js';
import { principalOrNull, requirePrincipal, requireSameOrigin } from './authentication.js';
import type { HttpContext } from './HttpContext.js';
import { clearSessionCookie, setSessionCookie } from './sessionCookie.js';
import { parse } from './validate.js';
import { currentUser } from './views.js';
import { passwordResetMail } from '../mail/mailTexts.js';

/** Starts a session for `user`, sets the cookie and answers the session view. */
export async function startSession(
  context: HttpContext,
  response: Response,
  user: UserRecord,
): Promise<SessionRecord> {
  const { token, session } = await context.services.sessions.create(user.id);
  setSessionCookie(response, token, context.config.cookieSecure);
  return session;
}

function sessionView(user: UserRecord, session: SessionRecord): SessionView {
  return { user: currentUser(user), csrfToken: session.csrfToken };
}

/** `/api/auth`: providers, session, login, sign-up, logout, password reset. */
export function authRouter(context: HttpContext): Router {
  const { services, config } = context;
  const router = Router();
  const limited = context.authRateLimit;
  const sameOrigin = requireSameOrigin(() => config.publicUrl);
  const ip = (request: Request) => request.ip ?? null;

  router.get('/providers', async (_request, response) => {
    const view: AuthProvidersView = {
      local: true,
      oidc: context.oidc.providers(),
      firstRun: await services.users.isEmpty(),
    };
    response.json(view);
  });

  router.get('/session', (_request, response) => {
    const principal = requirePrincipal(response);
    if (principal.credential.kind !== 'session') {
      response.json({ user: currentUser(principal.user), csrfToken: '' } satisfies SessionView);
      return;
    }
    response.json(sessionView(principal.user, principal.credential.session));
  });

  router.post('/login', limited, sameOrigin, async (request, response) => {
    const body = parse(loginRequestSchema, request.body);
    const user = await services.accounts.login(body.email, body.password, ip(request));
    const session = await startSession(context, response, user);
    response.json(sessionView(user, session));
  });

  router.post('/signup', limited, sameOrigin, async (request, response) => {
    const body = parse(signupRequestSchema, request.body);
    const user = await services.accounts.signup(
      {
        name: body.name,
        email: body.email,
        organisation: body.organisation,
        password: body.password,
      },
      { invitation: body.invitation, allowedDomains: config.signupEmailDomains, ip: ip(request) },
    );
    const session = await startSession(context, response, user);
    response.status(201).json(sessionView(user, session));
  });

  router.post('/logout', async (request, response) => {
    const principal = principalOrNull(response);
    if (principal?.credential.kind === 'session') {
      await services.sessions.revoke(principal.credential.session);
      await services.audit.record({
        action: 'logout',
        actorId: principal.user.id,
        ip: ip(request),
      });
    }
    clearSessionCookie(response, config.cookieSecure);
    response.status(204).end();
  });

  router.post('/logout-all', async (request, response) => {
    const principal = requirePrincipal(response);
    const revoked = await services.sessions.revokeAll(principal.user.id);
    await services.audit.record({
      action: 'logout',
      actorId: principal.user.id,
      details: { sessions: String(revoked) },
      ip: ip(request),
    });
    clearSessionCookie(response, config.cookieSecure);
    response.status(204).end();
  });

  router.post('/password-reset', limited, (request, response) => {
    const { email } = parse(passwordResetRequestSchema, request.body);
    // The answer never says whether the address has an account, and it comes before the lookup
    // so its timing does not either. Without SMTP the admin CLI issues reset links.
    response.status(202).json({ status: 'accepted' });
    const mail = services.notifications.mail;
    if (!mail.available) return;
    void services.accounts
      .issueReset(email)
      .then((token) => {
        if (token === null) return;
        // Never logged: the link is the secret.
        const link = `${context.publicUrl()}/reset-password/${token}`;
        mail.sendSecret('password reset mail', { to: email, ...passwordResetMail(link) });
      })
      .catch((error: unknown) => {
        context.logger.error({ err: error }, 'issuing a password reset link failed');
      });
  });

  router.post('/password-reset/complete', limited, async (request, response) => {
    const body = parse(passwordResetCompleteSchema, request.body);
    await services.accounts.completeReset(body.token, body.password, ip(request));
    response.status(204).end();
  });

  return router;
}
