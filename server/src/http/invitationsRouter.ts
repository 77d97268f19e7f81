import { Router } from 'express';
import {
  createInvitationRequestSchema,
  entityIdSchema,
  type InvitationPreview,
} from '@kring/shared';
import { requireCaller, requirePrincipal } from './authentication.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { param, parse, slugOf } from './validate.js';
import { communityView, createdInvitationView, invitationView } from './views.js';
import { z } from 'zod';

const tokenSchema = z.string().min(1).max(200);

/** `/api/communities/:slug/invitations`: owners create, list and revoke invitation links. */
export function communityInvitationsRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router({ mergeParams: true });

  router.get('/', async (request, response) => {
    const caller = requireCaller(request, response);
    const open = await services.invitations.listOpen(caller, slugOf(param(request, 'slug')));
    const users = lookupUsers(context);
    response.json(await Promise.all(open.map((invitation) => invitationView(invitation, users))));
  });

  router.post('/', context.authRateLimit, async (request, response) => {
    const caller = requireCaller(request, response);
    const body = parse(createInvitationRequestSchema, request.body);
    const { invitation, token } = await services.invitations.create(
      caller,
      slugOf(param(request, 'slug')),
      body,
    );
    response
      .status(201)
      .json(
        await createdInvitationView(invitation, token, lookupUsers(context), context.publicUrl()),
      );
  });

  router.delete('/:id', async (request, response) => {
    const caller = requireCaller(request, response);
    const id = parse(entityIdSchema, param(request, 'id'), 'invitation id');
    await services.invitations.revoke(caller, slugOf(param(request, 'slug')), id);
    response.status(204).end();
  });

  return router;
}

/** `/api/invitations/:token`: what an invitation link offers, and accepting it. */
export function invitationsRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router();
  const limited = context.authRateLimit;

  router.get('/:token', limited, async (request, response) => {
    const token = parse(tokenSchema, param(request, 'token'), 'invitation token');
    const { invitation, community } = await services.invitations.resolve(token);
    const inviter = await services.users.byId(invitation.createdBy);
    const preview: InvitationPreview = {
      communityName: community.name,
      communitySlug: community.slug,
      role: invitation.role,
      email: invitation.email,
      invitedBy: inviter?.name ?? community.name,
      expiresAt: invitation.expiresAt,
    };
    response.json(preview);
  });

  router.post('/:token/accept', limited, async (request, response) => {
    const principal = requirePrincipal(response);
    const token = parse(tokenSchema, param(request, 'token'), 'invitation token');
    const community = await services.invitations.accept(token, principal.user, request.ip ?? null);
    const actor = await services.authenticator.actorFor(principal.user);
    const members = await services.memberships.ofCommunity(community.id);
    response.json(communityView(community, actor, members.length));
  });

  return router;
}
