import type { StakeholderMapView, StakeholderOrganisationView } from '@kring/shared';
import type { MapLayout } from './mapLayout.js';
import { organisationKey } from './mapView.js';

/** A point on the drawing. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Two members of different organisations who cover the same topics. */
export interface TopicPair {
  readonly key: string;
  readonly fromUserId: string;
  readonly toUserId: string;
  /** Index of the other member's organisation in the map's list. */
  readonly toOrganisation: number;
  readonly topics: readonly string[];
}

/** A {@link TopicPair} with where its ends are drawn. */
export interface TopicLink extends TopicPair {
  readonly from: Point;
  readonly to: Point;
}

/** Another organisation and the topics the chosen one shares with it. */
export interface SharedTopics {
  readonly organisation: number;
  readonly topics: readonly string[];
}

/**
 * The members of the chosen organisation paired with members of other organisations who cover a
 * topic with them: one pair per two people, with every topic they share.
 */
export function topicPairs(
  organisations: readonly StakeholderOrganisationView[],
  topics: StakeholderMapView['topics'],
  selectedKey: string | null,
): TopicPair[] {
  const selected = organisations.findIndex((o) => organisationKey(o) === selectedKey);
  if (selected < 0) return [];
  const organisationOf = new Map<string, number>();
  organisations.forEach((organisation, index) => {
    for (const member of organisation.members) organisationOf.set(member.userId, index);
  });
  const pairs = new Map<string, TopicPair & { topics: string[] }>();
  for (const { topic, userIds } of topics) {
    const inside = userIds.filter((id) => organisationOf.get(id) === selected);
    for (const fromUserId of inside) {
      for (const toUserId of userIds) {
        const toOrganisation = organisationOf.get(toUserId);
        if (toOrganisation === undefined || toOrganisation === selected) continue;
        const key = `${fromUserId}>${toUserId}`;
        const pair = pairs.get(key) ?? { key, fromUserId, toUserId, toOrganisation, topics: [] };
        pair.topics.push(topic);
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()];
}

/** Per other organisation (in map order), the topics the pairs share with it. */
export function sharedTopics(pairs: readonly TopicPair[]): SharedTopics[] {
  const byOrganisation = new Map<number, Set<string>>();
  for (const pair of pairs) {
    const topics = byOrganisation.get(pair.toOrganisation) ?? new Set<string>();
    for (const topic of pair.topics) topics.add(topic);
    byOrganisation.set(pair.toOrganisation, topics);
  }
  return [...byOrganisation.entries()]
    .sort(([a], [b]) => a - b)
    .map(([organisation, topics]) => ({ organisation, topics: [...topics] }));
}

/** Where a member is drawn: their place on the ring, or their organisation's node when hidden. */
function memberPoint(
  organisations: readonly StakeholderOrganisationView[],
  layout: MapLayout,
  userId: string,
): Point | undefined {
  for (const [index, organisation] of organisations.entries()) {
    const memberIndex = organisation.members.findIndex((member) => member.userId === userId);
    if (memberIndex < 0) continue;
    const node = layout.organisations[index];
    const satellite = node?.satellites.find(
      (person) => person.kind === 'member' && person.index === memberIndex,
    );
    return satellite ?? node;
  }
  return undefined;
}

/** {@link topicPairs} with the points to draw them between. */
export function topicLinks(
  organisations: readonly StakeholderOrganisationView[],
  pairs: readonly TopicPair[],
  layout: MapLayout,
): TopicLink[] {
  return pairs.flatMap((pair) => {
    const from = memberPoint(organisations, layout, pair.fromUserId);
    const to = memberPoint(organisations, layout, pair.toUserId);
    if (from === undefined || to === undefined) return [];
    return [{ ...pair, from: { x: from.x, y: from.y }, to: { x: to.x, y: to.y } }];
  });
}

/** A gentle curve between two points (straight lines would run through the nodes between). */
export function curvePath(from: Point, to: Point): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const bend = 0.2;
  const cx = Math.round(((from.x + to.x) / 2 - dy * bend) * 100) / 100;
  const cy = Math.round(((from.y + to.y) / 2 + dx * bend) * 100) / 100;
  return `M${from.x},${from.y}Q${cx},${cy} ${to.x},${to.y}`;
}
