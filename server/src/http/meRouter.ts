import { Router } from 'express';
import {
  changePasswordRequestSchema,
  createTokenRequestSchema,
  entityIdSchema,
  updateProfileRequestSchema,
  type CreatedApiToken,
} from '@kring/shared';
import { requirePrincipal } from './authentication.js';
import type { HttpContext } from './HttpContext.js';
import { param, parse } from './validate.js';
import { apiTokenView, currentUser } from './views.js';

/** `/api/me`: the signed-in user's profile, password and API tokens. */
export function meRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router();
  const limited = context.authRateLimit;

  router.get('/', (_request, response) => {
    response.json(currentUser(requirePrincipal(response).user));
  });

  router.patch('/', async (request, response) => {
    const principal = requirePrincipal(response);
    const patch = parse(updateProfileRequestSchema, request.body);
    response.json(currentUser(await services.accounts.updateProfile(principal.user.id, patch)));
  });

  router.put('/password', limited, async (request, response) => {
    const principal = requirePrincipal(response);
    const body = parse(changePasswordRequestSchema, request.body);
    await services.accounts.changePassword(
      principal.user,
      body.currentPassword,
      body.newPassword,
      principal.credential.id,
      request.ip ?? null,
    );
    response.status(204).end();
  });

  router.get('/tokens', async (_request, response) => {
    const principal = requirePrincipal(response);
    response.json((await services.tokens.list(principal.user.id)).map(apiTokenView));
  });

  router.post('/tokens', limited, async (request, response) => {
    const principal = requirePrincipal(response);
    const body = parse(createTokenRequestSchema, request.body);
    const { token, record } = await services.tokens.create(
      principal.user.id,
      body.name,
      body.expiresInDays,
    );
    await services.audit.record({
      action: 'token.created',
      actorId: principal.user.id,
      details: { name: record.name },
      ip: request.ip ?? null,
    });
    response.status(201).json({ ...apiTokenView(record), token } satisfies CreatedApiToken);
  });

  router.delete('/tokens/:id', async (request, response) => {
    const principal = requirePrincipal(response);
    const id = parse(entityIdSchema, param(request, 'id'), 'token id');
    const record = await services.tokens.revoke(principal.user.id, id);
    await services.audit.record({
      action: 'token.revoked',
      actorId: principal.user.id,
      details: { name: record.name },
      ip: request.ip ?? null,
    });
    response.status(204).end();
  });

  return router;
}
