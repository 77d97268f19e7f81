import type {
  CommunityView,
  CreatedInvitation,
  CreateInvitationRequest,
  InvitationPreview,
  InvitationView,
} from '@kring/shared';
import type { ApiClient } from './ApiClient.js';
import { communityApiPath } from './communities.js';

/** Invitation links: created by a community's owners, accepted by anyone holding the link. */
export interface InvitationsApi {
  /** Open invitations of a community (owners). */
  list(slug: string): Promise<InvitationView[]>;
  /** Creates an invitation; the answer holds the link, which is shown only once. */
  create(slug: string, request: CreateInvitationRequest): Promise<CreatedInvitation>;
  revoke(slug: string, id: string): Promise<void>;
  /** What an invitation link is for; needs no account. 400 `invalid_token` when not valid. */
  preview(token: string): Promise<InvitationPreview>;
  /** Joins the community as the signed-in user. */
  accept(token: string): Promise<CommunityView>;
}

/** The {@link InvitationsApi} on a client. */
export function invitationsApi(client: ApiClient): InvitationsApi {
  const ofCommunity = (slug: string) => `${communityApiPath(slug)}/invitations`;
  const byToken = (token: string) => `/invitations/${encodeURIComponent(token)}`;
  return {
    list: (slug) => client.get<InvitationView[]>(ofCommunity(slug)),
    create: (slug, request) => client.post<CreatedInvitation>(ofCommunity(slug), request),
    revoke: (slug, id) => client.delete(`${ofCommunity(slug)}/${encodeURIComponent(id)}`),
    preview: (token) => client.get<InvitationPreview>(byToken(token)),
    accept: (token) => client.post<CommunityView>(`${byToken(token)}/accept`),
  };
}
