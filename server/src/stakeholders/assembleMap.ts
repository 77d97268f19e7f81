import {
  ORGANISATION_TYPES,
  type ExternalStakeholderView,
  type OrganisationType,
  type StakeholderMapView,
  type StakeholderOrganisationView,
  type StakeholderPersonView,
} from '@kring/shared';

/** What the map knows about one member, after their hidden profile fields were left out. */
export interface MemberFacts {
  readonly userId: string;
  readonly name: string;
  /** Their organisation; null when they hid it or never named one. */
  readonly organisation: {
    readonly id: string | null;
    readonly name: string;
    readonly type: OrganisationType;
  } | null;
  /** Declared expertise, then tags of pages they wrote much of (any order, duplicates allowed). */
  readonly topics: readonly string[];
  readonly lastActiveAt: string | null;
}

interface Group {
  id: string | null;
  name: string;
  type: OrganisationType;
  members: StakeholderPersonView[];
  contacts: ExternalStakeholderView[];
}

/** Topics compare without case: "Privacy" and "privacy" are one topic, spelled as first seen. */
function topicKey(topic: string): string {
  return topic.trim().toLowerCase();
}

function uniqueTopics(topics: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const topic of topics) {
    const key = topicKey(topic);
    if (key !== '' && !seen.has(key)) seen.set(key, topic.trim());
  }
  return [...seen.values()];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

function typeOrder(group: Group): number {
  // The group of members without a (visible) organisation comes last.
  return group.name === '' ? ORGANISATION_TYPES.length : ORGANISATION_TYPES.indexOf(group.type);
}

/** Puts members and external stakeholders into organisation groups. */
function groupOrganisations(
  members: readonly MemberFacts[],
  stakeholders: readonly ExternalStakeholderView[],
): Group[] {
  const groups = new Map<string, Group>();
  const byLowerName = new Map<string, Group>();
  const groupFor = (key: string, create: () => Group): Group => {
    let group = groups.get(key);
    if (group === undefined) {
      group = create();
      groups.set(key, group);
      if (group.name !== '' && !byLowerName.has(group.name.toLowerCase()))
        byLowerName.set(group.name.toLowerCase(), group);
    }
    return group;
  };
  for (const member of [...members].sort(byName)) {
    const organisation = member.organisation;
    const person: StakeholderPersonView = {
      userId: member.userId,
      name: member.name,
      topics: uniqueTopics(member.topics),
      lastActiveAt: member.lastActiveAt,
    };
    const key =
      organisation === null
        ? 'none'
        : organisation.id !== null
          ? `id:${organisation.id}`
          : `name:${organisation.name.toLowerCase()}`;
    const group = groupFor(key, () => ({
      id: organisation?.id ?? null,
      name: organisation?.name ?? '',
      type: organisation?.type ?? 'other',
      members: [],
      contacts: [],
    }));
    group.members.push(person);
  }
  for (const stakeholder of [...stakeholders].sort((a, b) => a.addedAt.localeCompare(b.addedAt))) {
    const lower = stakeholder.organisationName.toLowerCase();
    const existing = byLowerName.get(lower);
    if (existing !== undefined) {
      // An owner's classification beats the "other" of a name only typed into accounts.
      if (existing.id === null && existing.type === 'other')
        existing.type = stakeholder.organisationType;
      existing.contacts.push(stakeholder);
      continue;
    }
    groupFor(`name:${lower}`, () => ({
      id: null,
      name: stakeholder.organisationName,
      type: stakeholder.organisationType,
      members: [],
      contacts: [],
    })).contacts.push(stakeholder);
  }
  return [...groups.values()].sort(
    (a, b) => typeOrder(a) - typeOrder(b) || a.name.localeCompare(b.name),
  );
}

/**
 * The stakeholder map from what is known about a community's members and the stakeholders its
 * owners added: organisations by type with their people and topics, who covers each topic, and
 * the gaps (topics with one person, organisation types nobody belongs to, members inactive since
 * `inactiveBefore`, an ISO time).
 */
export function assembleMap(
  members: readonly MemberFacts[],
  stakeholders: readonly ExternalStakeholderView[],
  inactiveBefore: string,
): StakeholderMapView {
  const groups = groupOrganisations(members, stakeholders);
  const organisations: StakeholderOrganisationView[] = groups.map((group) => ({
    id: group.id,
    name: group.name,
    type: group.type,
    members: group.members,
    contacts: group.contacts,
    topics: uniqueTopics([
      ...group.members.flatMap((member) => member.topics),
      ...group.contacts.flatMap((contact) => contact.topics),
    ]).sort((a, b) => a.localeCompare(b)),
  }));

  const topics = new Map<string, { topic: string; userIds: string[] }>();
  for (const member of groups.flatMap((group) => group.members)) {
    for (const topic of member.topics) {
      const key = topicKey(topic);
      const entry = topics.get(key) ?? { topic, userIds: [] };
      entry.userIds.push(member.userId);
      topics.set(key, entry);
    }
  }
  const topicList = [...topics.values()].sort((a, b) => a.topic.localeCompare(b.topic));

  const present = new Set<OrganisationType>([
    ...groups.filter((group) => group.name !== '').map((group) => group.type),
    ...stakeholders.map((stakeholder) => stakeholder.organisationType),
  ]);
  const inactiveMembers = [...members]
    .filter((member) => member.lastActiveAt === null || member.lastActiveAt < inactiveBefore)
    .sort(byName)
    .map(({ userId, name, lastActiveAt }) => ({ userId, name, lastActiveAt }));

  return {
    organisations,
    topics: topicList,
    gaps: {
      singlePersonTopics: topicList.flatMap(({ topic, userIds }) =>
        userIds.length === 1 && userIds[0] !== undefined ? [{ topic, userId: userIds[0] }] : [],
      ),
      missingTypes: ORGANISATION_TYPES.filter((type) => !present.has(type)),
      inactiveMembers,
    },
  };
}
