import { Router } from 'express';
import {
  addMemberRequestSchema,
  changeRoleRequestSchema,
  createCommunityRequestSchema,
  entityIdSchema,
  updateCommunityRequestSchema,
  type AddMemberAnswer,
} from '@kring/shared';
import type { Caller } from '../auth/Caller.js';
import { notFound } from '../domainError.js';
import type { CommunityRecord } from '../storage/meta/records.js';
import { requireCaller, requirePrincipal } from './authentication.js';
import { lookupUsers, type HttpContext } from './HttpContext.js';
import { param, parse, slugOf } from './validate.js';
import { memberViews } from './memberViews.js';
import { invitationMail } from '../mail/mailTexts.js';
import { communityView, createdInvitationView, memberView } from './views.js';

/** `/api/communities`: communities and their members. */
export function communitiesRouter(context: HttpContext): Router {
  const { services } = context;
  const router = Router();

  const view = async (caller: Caller, community: CommunityRecord) => {
    const members = await services.memberships.ofCommunity(community.id);
    return communityView(community, caller.actor, members.length);
  };

  router.get('/', async (request, response) => {
    const caller = requireCaller(request, response);
    const communities = await services.communities.listFor(caller);
    response.json(await Promise.all(communities.map((community) => view(caller, community))));
  });

  router.post('/', async (request, response) => {
    const caller = requireCaller(request, response);
    const body = parse(createCommunityRequestSchema, request.body);
    const community = await services.communities.create(caller, body);
    const actor = await services.authenticator.actorFor(requirePrincipal(response).user);
    response.status(201).json(await view({ ...caller, actor }, community));
  });

  router.get('/:slug', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await services.communities.require(
      caller,
      slugOf(param(request, 'slug')),
      'community.read',
    );
    response.json(await view(caller, community));
  });

  router.patch('/:slug', async (request, response) => {
    const caller = requireCaller(request, response);
    const patch = parse(updateCommunityRequestSchema, request.body);
    const community = await services.communities.update(
      caller,
      slugOf(param(request, 'slug')),
      patch,
    );
    response.json(await view(caller, community));
  });

  router.get('/:slug/members', async (request, response) => {
    const caller = requireCaller(request, response);
    const community = await services.communities.require(
      caller,
      slugOf(param(request, 'slug')),
      'member.list',
    );
    response.json(await memberViews(context, caller, community));
  });

  // One answer whether or not the address has an account (see MemberAdder): no enumeration.
  router.post('/:slug/members', context.authRateLimit, async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    await services.communities.require(caller, slug, 'member.manage');
    const body = parse(addMemberRequestSchema, request.body);
    const { invitation, token } = await services.memberAdder.add(caller, slug, body);
    const mail = services.notifications.mail;
    if (mail.available) {
      // The same mail whether or not the address has an account; the link is never logged.
      const inviter = requirePrincipal(response).user.name;
      const community = await services.communities.bySlug(slug);
      const link = `${context.publicUrl()}/invite/${token}`;
      mail.sendSecret('invitation mail', {
        to: body.email,
        ...invitationMail(link, community?.name ?? slug, inviter),
      });
    }
    const answer: AddMemberAnswer = {
      pending: true,
      invitation: await createdInvitationView(
        invitation,
        token,
        lookupUsers(context),
        context.publicUrl(),
      ),
    };
    response.status(202).json(answer);
  });

  router.patch('/:slug/members/:userId', async (request, response) => {
    const caller = requireCaller(request, response);
    const slug = slugOf(param(request, 'slug'));
    const userId = parse(entityIdSchema, param(request, 'userId'), 'user id');
    const community = await services.communities.require(caller, slug, 'member.manage');
    const body = parse(changeRoleRequestSchema, request.body);
    const user = await services.users.byId(userId);
    if (
      user === undefined ||
      (await services.memberships.get(community.id, userId)) === undefined
    ) {
      throw notFound('The member');
    }
    const membership = await services.communities.setMember(caller, slug, userId, body.role);
    response.json(memberView(membership, user, true));
  });

  router.delete('/:slug/members/:userId', async (request, response) => {
    const caller = requireCaller(request, response);
    const userId = parse(entityIdSchema, param(request, 'userId'), 'user id');
    await services.communities.removeMember(caller, slugOf(param(request, 'slug')), userId);
    response.status(204).end();
  });

  return router;
}
