import type { PeopleEvidenceView, PeopleHitView, PeopleResultsView } from '@kring/shared';
import { topicOfQuestion } from '@kring/shared/search';
import type { Caller } from '../auth/Caller.js';
import type { SearchService } from '../search/SearchService.js';
import type { Services } from '../services.js';
import type { ProfileRecord } from '../storage/meta/records.js';
import { expertiseCoverage, queryWordsOf, type QueryWords } from './expertiseMatch.js';
import { creditGlossaryAuthors } from './glossaryEvidence.js';
import { reasonText } from './peopleReasons.js';
import { profileView } from './profileViews.js';

/** How many matching pages count as evidence (the best ones; the rest add little). */
const EVIDENCE_PAGES = 60;
/** Weight of a declared expertise topic that covers the whole question, against one best page. */
const EXPERTISE_WEIGHT = 0.6;
/** Least coverage of the question for a declared topic to count. */
const MIN_COVERAGE = 0.5;
/** Most pieces of evidence given as reasons per person. */
const MAX_REASONS = 3;

/** What people search is asked. */
export interface PeopleQuery {
  readonly q: string;
  readonly community?: string | undefined;
  readonly limit: number;
}

interface Candidate {
  score: number;
  readonly evidence: { evidence: PeopleEvidenceView; weight: number }[];
}

/**
 * "Who can I ask about X?": ranks the members of the caller's communities by evidence, the
 * document-based "Model 2" of expert search (Balog et al.): every readable page that matches the
 * question credits its contributors with its relevance times their share of its text. A declared
 * expertise topic and a glossary term the person explained that cover the question add to that.
 * Question words are not evidence; only pages the caller may read count (the search index checks
 * that before scoring), and only members of communities the caller belongs to are ranked: someone
 * in no community finds nobody.
 */
export class PeopleSearch {
  constructor(
    private readonly services: Pick<
      Services,
      | 'communities'
      | 'memberships'
      | 'contributions'
      | 'profiles'
      | 'organisations'
      | 'users'
      | 'meta'
    >,
    private readonly search: Pick<SearchService, 'matchingPages'>,
  ) {}

  /** The best people to ask, best first, with reasons in `language`. */
  async find(
    caller: Caller,
    query: PeopleQuery,
    language: 'nl' | 'en',
  ): Promise<PeopleResultsView> {
    const communityIds = query.community
      ? [(await this.services.communities.require(caller, query.community, 'community.read')).id]
      : [...caller.actor.roles.keys()];
    const topic = topicOfQuestion(query.q);
    if (topic === '' || communityIds.length === 0) return { total: 0, hits: [] };
    const members = await this.membersOf(communityIds);
    const candidates = new Map<string, Candidate>();
    const credit = (userId: string, evidence: PeopleEvidenceView, weight: number) => {
      if (!members.has(userId) || weight <= 0) return;
      let candidate = candidates.get(userId);
      if (candidate === undefined) {
        candidate = { score: 0, evidence: [] };
        candidates.set(userId, candidate);
      }
      candidate.score += weight;
      candidate.evidence.push({ evidence, weight });
    };
    await this.creditPages(caller, topic, communityIds, credit);
    const profiles = await this.profilesOf(members);
    const words = queryWordsOf(topic);
    this.creditExpertise(words, profiles, credit);
    const communities = await Promise.all(
      communityIds.map((id) => this.services.communities.byId(id)),
    );
    await creditGlossaryAuthors(
      this.services.meta,
      communities.filter((community) => community !== undefined),
      words,
      credit,
    );

    const ranked = [...candidates.entries()].sort(
      ([a, x], [b, y]) => y.score - x.score || a.localeCompare(b),
    );
    const hits: PeopleHitView[] = [];
    for (const [userId, candidate] of ranked.slice(0, query.limit)) {
      const hit = await this.hitOf(caller, userId, candidate, profiles.get(userId), language);
      if (hit !== null) hits.push(hit);
    }
    return { total: ranked.length, hits };
  }

  private async creditPages(
    caller: Caller,
    topic: string,
    communityIds: readonly string[],
    credit: (userId: string, evidence: PeopleEvidenceView, weight: number) => void,
  ): Promise<void> {
    const pages = await this.search.matchingPages(caller, topic, communityIds, EVIDENCE_PAGES);
    const best = pages[0]?.score ?? 0;
    if (best <= 0) return;
    await this.services.contributions.flush();
    const slugs = new Map<string, string>();
    for (const { record, score } of pages) {
      const contributions = await this.services.contributions.forDocument(record.id);
      const total = contributions.reduce((sum, each) => sum + Math.max(each.characters, 0), 0);
      if (total === 0) continue;
      let slug = slugs.get(record.communityId);
      if (slug === undefined) {
        slug = (await this.services.communities.byId(record.communityId))?.slug ?? '';
        slugs.set(record.communityId, slug);
      }
      for (const contribution of contributions) {
        const share = Math.max(contribution.characters, 0) / total;
        const evidence: PeopleEvidenceView = {
          kind: 'document',
          documentId: record.id,
          title: record.title,
          communitySlug: slug,
          share,
        };
        credit(contribution.userId, evidence, (score / best) * share);
      }
    }
  }

  private creditExpertise(
    words: QueryWords,
    profiles: ReadonlyMap<string, ProfileRecord>,
    credit: (userId: string, evidence: PeopleEvidenceView, weight: number) => void,
  ): void {
    for (const [userId, profile] of profiles) {
      // Hidden expertise is no evidence: it would tell others what the person chose not to show.
      if (profile.hidden.includes('expertise')) continue;
      let best: { topic: string; coverage: number } | null = null;
      for (const topic of profile.expertise) {
        const coverage = expertiseCoverage(words, topic);
        if (coverage >= MIN_COVERAGE && (best === null || coverage > best.coverage)) {
          best = { topic, coverage };
        }
      }
      if (best !== null) {
        credit(userId, { kind: 'expertise', topic: best.topic }, EXPERTISE_WEIGHT * best.coverage);
      }
    }
  }

  private async hitOf(
    caller: Caller,
    userId: string,
    candidate: Candidate,
    profile: ProfileRecord | undefined,
    language: 'nl' | 'en',
  ): Promise<PeopleHitView | null> {
    const user = await this.services.users.byId(userId);
    if (user === undefined || profile === undefined) return null;
    const organisation =
      profile.organisationId === null
        ? undefined
        : await this.services.organisations.byId(profile.organisationId);
    const view = profileView(user, profile, organisation, caller.actor.id === userId);
    const evidence = candidate.evidence
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_REASONS)
      .map((each) => each.evidence);
    return {
      userId,
      name: view.name,
      organisation: view.organisation,
      reasons: evidence.map((each) => reasonText(each, language)),
      evidence,
      score: Math.round(candidate.score * 1000) / 1000,
    };
  }

  private async membersOf(communityIds: readonly string[]): Promise<Set<string>> {
    const members = new Set<string>();
    for (const id of communityIds) {
      for (const membership of await this.services.memberships.ofCommunity(id)) {
        members.add(membership.userId);
      }
    }
    return members;
  }

  private async profilesOf(members: ReadonlySet<string>): Promise<Map<string, ProfileRecord>> {
    const profiles = new Map<string, ProfileRecord>();
    for (const userId of members) profiles.set(userId, await this.services.profiles.get(userId));
    return profiles;
  }
}
