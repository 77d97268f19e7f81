import type {
  ExternalStakeholderView,
  StakeholderMapView,
  StakeholderOrganisationView,
} from '@kring/shared';

/** A stable key of an organisation on the map (records by id, others by name and type). */
export function organisationKey(organisation: StakeholderOrganisationView): string {
  return organisation.id === null
    ? `name:${organisation.type}:${organisation.name}`
    : `id:${organisation.id}`;
}

/** True when nobody (member or added contact) is on the map yet. */
export function isEmptyMap(view: StakeholderMapView): boolean {
  return view.organisations.every(
    (organisation) => organisation.members.length === 0 && organisation.contacts.length === 0,
  );
}

/** Every stakeholder owners added, in the order of the map's organisations. */
export function externalStakeholders(view: StakeholderMapView): ExternalStakeholderView[] {
  return view.organisations.flatMap((organisation) => organisation.contacts);
}

/** Member names by user id, for naming people the gaps list by id. */
export function memberNames(view: StakeholderMapView): ReadonlyMap<string, string> {
  return new Map(
    view.organisations.flatMap((organisation) =>
      organisation.members.map((member) => [member.userId, member.name] as const),
    ),
  );
}

/** The name an owner gave a stakeholder: the contact, else the organisation. */
export function stakeholderName(stakeholder: ExternalStakeholderView): string {
  return stakeholder.contactName === ''
    ? stakeholder.organisationName
    : `${stakeholder.contactName} (${stakeholder.organisationName})`;
}
