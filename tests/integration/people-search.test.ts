import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, api, createAccount } from '../support/accounts.js';
import { askPeople, evaluatePeopleSearch } from '../support/peopleEvaluation.js';
import {
  loadPeopleFixture,
  readPeopleFixture,
  type LoadedPeopleFixture,
} from '../support/peopleFixture.js';
import { createPage } from '../support/offline.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** Set by `npm run bench:people` to receive the evaluation (first-hit rate, MRR, per question). */
const REPORT_FILE = process.env['KRING_PEOPLE_REPORT'];

describe('who can I ask? people search on the fixture community', () => {
  let server: TestServer;
  let loaded: LoadedPeopleFixture;
  const account = (key: string) => loaded.accounts.get(key)!;
  const ask = (q: string, options: Parameters<typeof askPeople>[2] = {}) =>
    askPeople(server, q, { token: loaded.asker.token, ...options });
  const pageIdsOf = (restricted: boolean) =>
    loaded.fixture.pages
      .filter((page) => (page.restricted === true) === restricted)
      .map((page) => loaded.documentIds.get(page.key)!);

  beforeAll(async () => {
    server = await startTestServer();
    loaded = await loadPeopleFixture(server, await readPeopleFixture());
  }, 120_000);
  afterAll(async () => {
    await server?.dispose();
  });

  it('puts the best person first for at least 90 % of the questions', async () => {
    const evaluation = await evaluatePeopleSearch(server, loaded);
    if (REPORT_FILE !== undefined) {
      await writeFile(REPORT_FILE, JSON.stringify(evaluation, null, 2));
    }
    const misses = evaluation.outcomes.filter((outcome) => outcome.rank !== 1);
    expect(evaluation.outcomes.length).toBeGreaterThanOrEqual(20);
    expect(evaluation.firstHitRate, JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('says why in words that name the page, in the language asked for', async () => {
    const question = loaded.fixture.questions[0]!;
    const dutch = await ask(question.q, { language: 'nl' });
    const [best] = dutch.body.hits;
    const evidence = best!.evidence.find((each) => each.kind === 'document');
    expect(evidence).toBeDefined();
    const title = evidence!.kind === 'document' ? evidence!.title : '';
    expect(best!.reasons.some((reason) => reason.includes(`'${title}'`))).toBe(true);
    expect(best!.reasons.join(' ')).toMatch(/schreef|noemt/);
    const english = await ask(question.q, { language: 'en' });
    expect(english.body.hits[0]!.reasons.join(' ')).toMatch(/wrote|contributed|lists/);
    expect(english.body.hits[0]!.organisation).not.toBe('');
  });

  it('does not count question words as evidence', async () => {
    const bare = await ask('differential privacy');
    const asked = await ask('Wie weet er meer van differential privacy?');
    expect(asked.body.hits.map((hit) => hit.userId)).toEqual(bare.body.hits.map((h) => h.userId));
    const nothing = await ask('Wie weet er meer van?');
    expect(nothing.body).toEqual({ total: 0, hits: [] });
  });

  it('uses no evidence from restricted pages the asker may not read', async () => {
    const restricted = new Set(pageIdsOf(true));
    expect(restricted.size).toBeGreaterThan(0);
    const keyOf = new Map([...loaded.accounts].map(([key, each]) => [each.user.id, key]));
    for (const question of loaded.fixture.restrictedQuestions) {
      const answer = await ask(question.q);
      const used = answer.body.hits.flatMap((hit) =>
        hit.evidence.flatMap((each) => (each.kind === 'document' ? [each.documentId] : [])),
      );
      expect(used.filter((id) => restricted.has(id))).toEqual([]);
      if (
        question.expectedWhenRestricted !== undefined &&
        question.expectedWhenRestricted !== null
      ) {
        expect(keyOf.get(answer.body.hits[0]?.userId ?? '')).toBe(question.expectedWhenRestricted);
      }
      // The page is findable for its own author: the filter above is what keeps it out.
      const author = await askPeople(server, question.q, {
        token: account(question.expected).token,
      });
      const authorUsed = author.body.hits.flatMap((hit) =>
        hit.evidence.flatMap((each) => (each.kind === 'document' ? [each.documentId] : [])),
      );
      expect(authorUsed.some((id) => restricted.has(id))).toBe(true);
    }
  });

  it('finds nobody across communities, and nobody for someone outside every community', async () => {
    const elsewhere = await createAccount(server, 'Zeno Elders');
    await addMember(server, 'test', elsewhere, 'editor');
    await createPage(server, 'elsewhere', 'Zeldzame aardmetalen in satellieten', elsewhere);
    await server.kring.flushDerived();
    const insider = account(loaded.fixture.people[0]!.key);
    const across = await askPeople(server, 'Wie weet er meer van zeldzame aardmetalen?', {
      token: insider.token,
    });
    expect(across.body).toEqual({ total: 0, hits: [] });
    const notMember = await askPeople(server, 'aardmetalen', {
      token: insider.token,
      community: 'test',
    });
    expect(notMember.status).toBe(404);

    const outsider = await createAccount(server, 'Otto Outside');
    const question = loaded.fixture.questions[0]!.q;
    expect((await askPeople(server, question, { token: outsider.token })).body).toEqual({
      total: 0,
      hits: [],
    });
  });

  it('refuses a missing question with a clear error', async () => {
    const answer = await api(server, 'GET', '/api/people?q=', { token: server.credentials.token });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toMatch(/q/);
  });
});
