import type { PeopleResultsView } from '@kring/shared';
import type { FixtureQuestion, LoadedPeopleFixture } from './peopleFixture.js';
import type { TestServer } from './testServer.js';

/** How one question fared: the rank of the expected person (null: not found). */
export interface QuestionOutcome {
  readonly q: string;
  readonly lang: 'nl' | 'en';
  readonly expected: string;
  readonly rank: number | null;
  /** Keys of the people ranked first, best first (at most three). */
  readonly top: readonly string[];
}

/** First-hit rate and mean reciprocal rank over a question set. */
export interface PeopleEvaluation {
  readonly outcomes: readonly QuestionOutcome[];
  readonly firstHitRate: number;
  readonly meanReciprocalRank: number;
}

/** Asks `GET /api/people?q=` as `token` (default: the admin), in `language` (default Dutch). */
export async function askPeople(
  server: TestServer,
  q: string,
  options: { token?: string; language?: 'nl' | 'en'; community?: string } = {},
): Promise<{ status: number; body: PeopleResultsView }> {
  const query = new URLSearchParams({ q, limit: '10' });
  if (options.community !== undefined) query.set('community', options.community);
  const response = await fetch(`${server.kring.url}/api/people?${query.toString()}`, {
    headers: {
      authorization: `Bearer ${options.token ?? server.credentials.token}`,
      'accept-language': options.language ?? 'nl',
    },
  });
  return { status: response.status, body: (await response.json()) as PeopleResultsView };
}

/** Asks every question as the newcomer and scores the answers against the expected people. */
export async function evaluatePeopleSearch(
  server: TestServer,
  loaded: LoadedPeopleFixture,
  questions: readonly FixtureQuestion[] = loaded.fixture.questions,
): Promise<PeopleEvaluation> {
  const keyOf = new Map([...loaded.accounts].map(([key, account]) => [account.user.id, key]));
  const outcomes: QuestionOutcome[] = [];
  for (const question of questions) {
    const answer = await askPeople(server, question.q, {
      language: question.lang,
      token: loaded.asker.token,
    });
    if (answer.status !== 200) throw new Error(`${question.q}: ${answer.status}`);
    const keys = answer.body.hits.map((hit) => keyOf.get(hit.userId) ?? hit.userId);
    const index = keys.indexOf(question.expected);
    outcomes.push({
      q: question.q,
      lang: question.lang,
      expected: question.expected,
      rank: index < 0 ? null : index + 1,
      top: keys.slice(0, 3),
    });
  }
  const count = Math.max(outcomes.length, 1);
  return {
    outcomes,
    firstHitRate: outcomes.filter((outcome) => outcome.rank === 1).length / count,
    meanReciprocalRank:
      outcomes.reduce((sum, outcome) => sum + (outcome.rank === null ? 0 : 1 / outcome.rank), 0) /
      count,
  };
}
