import type { MyProfileView, PersonView, UpdateMyProfileRequest } from '@kring/shared';
import type { ApiClient } from './ApiClient.js';

/** Profiles: the signed-in person's own (`/api/me/profile`) and other people's pages. */
export interface ProfilesApi {
  /** The signed-in person's profile, with the fields they hide. */
  mine(): Promise<MyProfileView>;
  /** Changes the given fields of the signed-in person's profile; absent fields keep their value. */
  updateMine(request: UpdateMyProfileRequest): Promise<MyProfileView>;
  /** A person page: 404 unless the two share a community. */
  person(userId: string): Promise<PersonView>;
}

/** The {@link ProfilesApi} on a client. */
export function profilesApi(client: ApiClient): ProfilesApi {
  return {
    mine: () => client.get<MyProfileView>('/me/profile'),
    updateMine: (request) => client.put<MyProfileView>('/me/profile', request),
    person: (userId) => client.get<PersonView>(`/people/${encodeURIComponent(userId)}`),
  };
}
