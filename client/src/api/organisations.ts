import type {
  CreateOrganisationRequest,
  OrganisationListView,
  OrganisationView,
  UpdateOrganisationRequest,
} from '@kring/shared';
import type { ApiClient } from './ApiClient.js';

/** Organisation records: everyone signed in lists them, instance admins manage them. */
export interface OrganisationsApi {
  list(): Promise<OrganisationListView>;
  create(request: CreateOrganisationRequest): Promise<OrganisationView>;
  update(id: string, request: UpdateOrganisationRequest): Promise<OrganisationView>;
  remove(id: string): Promise<void>;
}

/** The {@link OrganisationsApi} on a client. */
export function organisationsApi(client: ApiClient): OrganisationsApi {
  const path = (id: string) => `/organisations/${encodeURIComponent(id)}`;
  return {
    list: () => client.get<OrganisationListView>('/organisations'),
    create: (request) => client.post<OrganisationView>('/organisations', request),
    update: (id, request) => client.patch<OrganisationView>(path(id), request),
    remove: (id) => client.delete(path(id)),
  };
}
