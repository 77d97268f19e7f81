import { describe, expect, it } from 'vitest';
import type { StakeholderOrganisationView } from '@kring/shared';
import { layoutMap } from './mapLayout.js';
import { organisationKey } from './mapView.js';
import { curvePath, sharedTopics, topicLinks, topicPairs } from './topicLinks.js';

const member = (userId: string, topics: string[]) => ({
  userId,
  name: userId,
  topics,
  lastActiveAt: null,
});
const organisation = (
  id: string,
  members: ReturnType<typeof member>[],
): StakeholderOrganisationView => ({
  id,
  name: id,
  type: 'other',
  members,
  contacts: [],
  topics: [...new Set(members.flatMap((m) => m.topics))],
});

describe('topicLinks', () => {
  const organisations = [
    organisation('a', [member('anna', ['privacy', 'open data']), member('arie', ['water'])]),
    organisation('b', [member('bram', ['open data', 'privacy'])]),
    organisation('c', [member('carla', ['water']), member('cees', ['klimaat'])]),
  ];
  const topics = [
    { topic: 'open data', userIds: ['anna', 'bram'] },
    { topic: 'privacy', userIds: ['anna', 'bram'] },
    { topic: 'water', userIds: ['arie', 'carla'] },
    { topic: 'klimaat', userIds: ['cees'] },
  ];
  const layout = layoutMap(
    organisations.map((o) => ({ key: organisationKey(o), members: o.members.length, contacts: 0 })),
    600,
  );

  it('links the chosen organisation’s members to others who share a topic, once per pair', () => {
    const pairs = topicPairs(organisations, topics, 'id:a');
    expect(pairs.map((l) => [l.fromUserId, l.toUserId, l.toOrganisation, l.topics])).toEqual([
      ['anna', 'bram', 1, ['open data', 'privacy']],
      ['arie', 'carla', 2, ['water']],
    ]);
    expect(sharedTopics(pairs)).toEqual([
      { organisation: 1, topics: ['open data', 'privacy'] },
      { organisation: 2, topics: ['water'] },
    ]);
    const links = topicLinks(organisations, pairs, layout);
    const anna = layout.organisations[0]?.satellites[0];
    const bram = layout.organisations[1]?.satellites[0];
    expect(links[0]).toMatchObject({
      from: { x: anna?.x, y: anna?.y },
      to: { x: bram?.x, y: bram?.y },
    });
  });

  it('draws nothing without a chosen organisation, or for one that shares nothing', () => {
    expect(topicPairs(organisations, topics, null)).toEqual([]);
    const lonely = [...organisations, organisation('d', [member('dirk', ['geheim'])])];
    const withDirk = [...topics, { topic: 'geheim', userIds: ['dirk'] }];
    expect(topicPairs(lonely, withDirk, 'id:d')).toEqual([]);
  });

  it('bends a link sideways between its ends', () => {
    expect(curvePath({ x: 0, y: 0 }, { x: 100, y: 0 })).toBe('M0,0Q50,20 100,0');
  });
});
