import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  QUESTION_LIMITS,
  type DocumentView,
  type GlossaryListView,
  type QuestionListView,
  type QuestionView,
} from '@kring/shared';
import type { QuestionRecord } from '../../server/src/storage/meta/records.js';
import { TABLES } from '../../server/src/storage/meta/tables.js';
import { addMember, api, createAccount, type TestAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const PATH = '/api/communities/test/questions';

/**
 * Community questions (`/api/communities/:slug/questions`): asking, answering, accepting,
 * closing, who may do what, search, limits, promotion to a glossary entry or page, and that
 * everything lasts across a restart.
 */
describe('community questions API', () => {
  let server: TestServer;
  let owner: TestAccount;
  let editor: TestAccount;
  let otherEditor: TestAccount;
  let commenter: TestAccount;
  let reader: TestAccount;
  let outsider: TestAccount;
  /** Asked by the editor, answered by the other editor and the commenter. */
  let tender: QuestionView;
  /** Asked by the commenter. */
  let procured: QuestionView;

  const as = (account: TestAccount | null) => ({ token: account?.token ?? null });
  const admin = () => ({ token: server.credentials.token });
  const url = (question: { id: string }, rest = '') => `${PATH}/${question.id}${rest}`;
  const get = async (question: { id: string }, account: TestAccount | null = reader) =>
    (await api(server, 'GET', url(question), as(account))).body as QuestionView;
  const list = async (query = '', account: TestAccount = reader) =>
    (await api(server, 'GET', `${PATH}${query}`, as(account))).body as QuestionListView;
  const ask = async (account: TestAccount, title: string, body = '') => {
    const response = await api(server, 'POST', PATH, { ...as(account), body: { title, body } });
    expect(response.status).toBe(201);
    return response.body as QuestionView;
  };
  const answer = async (question: { id: string }, account: TestAccount, body: string) => {
    const response = await api(server, 'POST', url(question, '/answers'), {
      ...as(account),
      body: { body },
    });
    expect(response.status).toBe(201);
    return response.body as QuestionView;
  };
  const answerOf = (question: QuestionView, account: TestAccount) =>
    question.answers.find((each) => each.author?.id === account.user.id)!;

  beforeAll(async () => {
    server = await startTestServer();
    [owner, editor, otherEditor, commenter, reader, outsider] = await Promise.all([
      createAccount(server, 'Olga'),
      createAccount(server, 'Eva'),
      createAccount(server, 'Erik'),
      createAccount(server, 'Cor'),
      createAccount(server, 'Roos'),
      createAccount(server, 'Otto'),
    ]);
    await addMember(server, 'test', owner, 'owner');
    await addMember(server, 'test', editor, 'editor');
    await addMember(server, 'test', otherEditor, 'editor');
    await addMember(server, 'test', commenter, 'commenter');
    await addMember(server, 'test', reader, 'reader');
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('lets editors and commenters ask, lists newest activity first, and takes answers', async () => {
    tender = await ask(
      editor,
      ' Hoe gaan jullie om met het aanbesteden van clouddiensten? ',
      'We willen een contract afsluiten voor opslag.',
    );
    expect(tender).toMatchObject({
      communitySlug: 'test',
      title: 'Hoe gaan jullie om met het aanbesteden van clouddiensten?',
      body: 'We willen een contract afsluiten voor opslag.',
      author: { id: editor.user.id, name: 'Eva' },
      state: 'open',
      answers: [],
      promotions: [],
      canManage: true,
    });
    procured = await ask(commenter, 'Has anyone procured a DPIA tool?');
    expect(procured.body).toBe('');

    let view = await list();
    expect(view.total).toBe(2);
    expect(view.questions.map((each) => each.id)).toEqual([procured.id, tender.id]);
    expect(view.canAsk).toBe(false);
    expect((await list('', commenter)).canAsk).toBe(true);

    const answered = await answer(tender, otherEditor, 'Wij gebruiken een raamovereenkomst.');
    expect(answered.answers).toMatchObject([
      {
        author: { id: otherEditor.user.id },
        body: 'Wij gebruiken een raamovereenkomst.',
        accepted: false,
        editedAt: null,
        mine: true,
      },
    ]);
    expect(answered.canManage).toBe(false);
    await answer(tender, commenter, 'Via de inkoopafdeling, met een DPIA vooraf.');

    view = await list();
    expect(view.questions.map((each) => each.id)).toEqual([tender.id, procured.id]);
    expect(view.questions[0]).toMatchObject({ answerCount: 2, state: 'open', title: tender.title });
    expect(view.questions[0]).not.toHaveProperty('answers');
    const seen = await get(tender);
    expect(seen.answers.map((each) => each.mine)).toEqual([false, false]);
    expect(seen.canManage).toBe(false);
    expect((await get(tender, owner)).canManage).toBe(true);
  });

  it('lets the asker or an owner accept one answer (answered), and take it back (open)', async () => {
    const current = await get(tender);
    const erik = answerOf(current, otherEditor);
    const cor = answerOf(current, commenter);
    const accept = (account: TestAccount | null, id: string, method = 'POST', token?: string) =>
      api(server, method, url(tender, `/answers/${id}/accept`), {
        token: token ?? account?.token ?? null,
      });

    expect((await accept(otherEditor, erik.id)).status).toBe(403);
    expect((await accept(commenter, cor.id)).status).toBe(403);
    expect((await accept(reader, erik.id)).status).toBe(403);

    const byAsker = await accept(editor, erik.id);
    expect(byAsker.status).toBe(200);
    let view = byAsker.body as QuestionView;
    expect(view.state).toBe('answered');
    expect(view.answers.map((each) => each.accepted)).toEqual([true, false]);
    // Twice changes nothing.
    expect(((await accept(editor, erik.id)).body as QuestionView).state).toBe('answered');

    const byOwner = await accept(owner, cor.id);
    expect(byOwner.status).toBe(200);
    view = byOwner.body as QuestionView;
    expect(view.answers.map((each) => each.accepted)).toEqual([false, true]);

    const byAdmin = await accept(null, erik.id, 'POST', server.credentials.token);
    expect(byAdmin.status).toBe(200);

    expect((await accept(otherEditor, erik.id, 'DELETE')).status).toBe(403);
    const taken = await accept(editor, erik.id, 'DELETE');
    expect(taken.status).toBe(200);
    view = taken.body as QuestionView;
    expect(view.state).toBe('open');
    expect(view.answers.every((each) => !each.accepted)).toBe(true);

    expect((await accept(editor, erik.id)).status).toBe(200);
    expect((await get(tender)).state).toBe('answered');
    expect((await accept(editor, 'unknownAnswerId1')).status).toBe(404);
  });

  it('lets the asker or an owner close and reopen; a closed question takes no answers', async () => {
    const patch = (account: TestAccount | null, question: QuestionView, body: unknown) =>
      api(server, 'PATCH', url(question), { ...as(account), body });

    expect((await patch(otherEditor, procured, { state: 'closed' })).status).toBe(403);
    expect((await patch(reader, procured, { state: 'closed' })).status).toBe(403);
    const closed = await patch(commenter, procured, { state: 'closed' });
    expect(closed.status).toBe(200);
    expect((closed.body as QuestionView).state).toBe('closed');

    const refused = await api(server, 'POST', url(procured, '/answers'), {
      ...as(editor),
      body: { body: 'Ja, wij.' },
    });
    expect(refused.status).toBe(409);

    expect((await patch(otherEditor, procured, { state: 'open' })).status).toBe(403);
    expect(((await patch(owner, procured, { state: 'open' })).body as QuestionView).state).toBe(
      'open',
    );
    expect(((await patch(owner, procured, { state: 'closed' })).body as QuestionView).state).toBe(
      'closed',
    );
    expect(((await patch(commenter, procured, { state: 'open' })).body as QuestionView).state).toBe(
      'open',
    );
    await answer(procured, editor, 'Ja, wij hebben er een aanbesteed.');

    // An answered question closed and reopened is answered again; closed, it accepts nothing.
    expect(((await patch(owner, tender, { state: 'closed' })).body as QuestionView).state).toBe(
      'closed',
    );
    const erik = answerOf(await get(tender), otherEditor);
    const acceptClosed = await api(server, 'DELETE', url(tender, `/answers/${erik.id}/accept`), {
      ...as(editor),
    });
    expect(acceptClosed.status).toBe(409);
    expect(((await patch(editor, tender, { state: 'open' })).body as QuestionView).state).toBe(
      'answered',
    );

    // Answered is reached only by accepting an answer.
    const answeredByHand = await patch(editor, tender, { state: 'answered' });
    expect(answeredByHand.status).toBe(400);
    expect(JSON.stringify(answeredByHand.body)).toContain('state');
  });

  it('lets only the asker change the question, only authors their answers', async () => {
    const patch = (account: TestAccount | null, path: string, body: unknown, token?: string) =>
      api(server, 'PATCH', path, { token: token ?? account?.token ?? null, body });

    const edited = await patch(editor, url(tender), {
      title: 'Hoe gaan jullie om met het aanbesteden van clouddiensten (SaaS)?',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      title: 'Hoe gaan jullie om met het aanbesteden van clouddiensten (SaaS)?',
      body: 'We willen een contract afsluiten voor opslag.',
      state: 'answered',
    });
    tender = edited.body as QuestionView;
    expect((await patch(owner, url(tender), { title: 'Anders' })).status).toBe(403);
    expect((await patch(null, url(tender), { body: 'x' }, server.credentials.token)).status).toBe(
      403,
    );
    expect((await patch(otherEditor, url(tender), { body: 'Gekaapt.' })).status).toBe(403);

    const erik = answerOf(tender, otherEditor);
    const answerUrl = url(tender, `/answers/${erik.id}`);
    const own = await patch(otherEditor, answerUrl, {
      body: 'Wij gebruiken een raamovereenkomst met een cloudleverancier.',
    });
    expect(own.status).toBe(200);
    const changed = answerOf(own.body as QuestionView, otherEditor);
    expect(changed.body).toBe('Wij gebruiken een raamovereenkomst met een cloudleverancier.');
    expect(changed.editedAt).not.toBeNull();
    expect(changed.accepted).toBe(true);
    expect((await patch(editor, answerUrl, { body: 'Anders.' })).status).toBe(403);
    expect((await patch(owner, answerUrl, { body: 'Anders.' })).status).toBe(403);
    expect((await patch(reader, answerUrl, { body: 'Anders.' })).status).toBe(403);
  });

  it('explains what is wrong with a bad question or answer', async () => {
    const post = (body: unknown, path = PATH) => api(server, 'POST', path, { ...as(editor), body });
    const empty = await post({ title: '   ' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('title');
    expect((await post({})).status).toBe(400);
    expect((await post({ title: 'x'.repeat(QUESTION_LIMITS.title + 1) })).status).toBe(400);
    expect((await post({ title: 'Lang', body: 'x'.repeat(QUESTION_LIMITS.body + 1) })).status).toBe(
      400,
    );
    expect((await post({ body: '  ' }, url(tender, '/answers'))).status).toBe(400);
    expect(
      (await post({ body: 'x'.repeat(QUESTION_LIMITS.answer + 1) }, url(tender, '/answers')))
        .status,
    ).toBe(400);
    const badTitle = await api(server, 'PATCH', url(tender), {
      ...as(editor),
      body: { title: '' },
    });
    expect(badTitle.status).toBe(400);
    expect((await api(server, 'GET', `${PATH}?state=busy`, as(reader))).status).toBe(400);
    expect((await api(server, 'GET', `${PATH}/not!an!id`, as(reader))).status).toBe(400);
  });

  it('deletes answers (author, owner) and questions (asker, owner), nobody else', async () => {
    let question = await ask(otherEditor, 'Wie kent een goede jurist?');
    await answer(question, editor, 'Ik ken er een.');
    await answer(question, commenter, 'Ik ook.');
    question = await answer(question, otherEditor, 'Dank!');
    const [byEva, byCor, byErik] = question.answers;
    const remove = (account: TestAccount, id: string) =>
      api(server, 'DELETE', url(question, `/answers/${id}`), as(account));

    expect((await remove(commenter, byEva!.id)).status).toBe(403);
    expect((await remove(reader, byEva!.id)).status).toBe(403);
    const byAuthor = await remove(editor, byEva!.id);
    expect(byAuthor.status).toBe(200);
    expect((byAuthor.body as QuestionView).answers.map((each) => each.id)).toEqual([
      byCor!.id,
      byErik!.id,
    ]);
    const byOwner = await remove(owner, byCor!.id);
    expect(byOwner.status).toBe(200);
    expect((byOwner.body as QuestionView).answers.map((each) => each.id)).toEqual([byErik!.id]);
    expect((await remove(owner, byCor!.id)).status).toBe(404);

    expect((await api(server, 'DELETE', url(question), as(editor))).status).toBe(403);
    expect((await api(server, 'DELETE', url(question), as(reader))).status).toBe(403);
    expect((await api(server, 'DELETE', url(question), as(otherEditor))).status).toBe(204);
    expect((await api(server, 'GET', url(question), as(reader))).status).toBe(404);
    expect((await api(server, 'DELETE', url(question), as(otherEditor))).status).toBe(404);

    const another = await ask(commenter, 'Mag dit weg?');
    expect((await api(server, 'DELETE', url(another), as(owner))).status).toBe(204);
    expect((await list()).questions.map((each) => each.id)).toEqual([tender.id, procured.id]);
  });

  it('lets readers read but nothing else', async () => {
    expect((await api(server, 'GET', PATH, as(reader))).status).toBe(200);
    expect((await api(server, 'GET', url(tender), as(reader))).status).toBe(200);
    const writes: [string, string, unknown][] = [
      ['POST', PATH, { title: 'Mag ik iets vragen?' }],
      ['POST', url(tender, '/answers'), { body: 'Ja.' }],
      ['PATCH', url(tender), { state: 'closed' }],
      ['DELETE', url(tender), undefined],
      ['POST', url(tender, '/promote'), { kind: 'glossary', term: 'SaaS', definition: 'x' }],
      ['POST', url(tender, '/promote'), { kind: 'page', title: 'SaaS' }],
      // Refused before the body is looked at.
      ['POST', PATH, { title: '' }],
    ];
    for (const [method, path, body] of writes) {
      const response = await api(server, method, path, { ...as(reader), body });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
  });

  it('answers 404 to outsiders everywhere and 401 to the signed-out', async () => {
    const answerId = tender.answers[0]!.id;
    const routes: [string, string, unknown][] = [
      ['GET', PATH, undefined],
      ['POST', PATH, { title: 'Hallo?' }],
      ['POST', PATH, { title: '' }],
      ['GET', url(tender), undefined],
      ['PATCH', url(tender), { title: 'Gekaapt' }],
      ['DELETE', url(tender), undefined],
      ['POST', url(tender, '/answers'), { body: 'Hoi' }],
      ['PATCH', url(tender, `/answers/${answerId}`), { body: 'Hoi' }],
      ['DELETE', url(tender, `/answers/${answerId}`), undefined],
      ['POST', url(tender, `/answers/${answerId}/accept`), undefined],
      ['DELETE', url(tender, `/answers/${answerId}/accept`), undefined],
      ['POST', url(tender, '/promote'), { kind: 'page', title: 'Gekaapt' }],
    ];
    for (const [method, path, body] of routes) {
      const response = await api(server, method, path, { ...as(outsider), body });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('aanbesteden');
      const signedOut = await api(server, method, path, { token: null, body });
      expect(signedOut.status, `${method} ${path} signed out`).toBe(401);
    }
    expect((await api(server, 'GET', '/api/communities/nope/questions', admin())).status).toBe(404);
  });

  it("does not find another community's question under this one", async () => {
    const created = await api(server, 'POST', '/api/communities', {
      ...admin(),
      body: { slug: 'andere', name: 'Andere community' },
    });
    expect(created.status).toBe(201);
    const elsewhere = await api(server, 'POST', '/api/communities/andere/questions', {
      ...admin(),
      body: { title: 'Een vraag elders' },
    });
    expect(elsewhere.status).toBe(201);
    const id = (elsewhere.body as QuestionView).id;
    expect((await api(server, 'GET', `${PATH}/${id}`, admin())).status).toBe(404);
    const patched = await api(server, 'PATCH', `${PATH}/${id}`, {
      ...admin(),
      body: { state: 'closed' },
    });
    expect(patched.status).toBe(404);
    const answered = await api(server, 'POST', `${PATH}/${id}/answers`, {
      ...admin(),
      body: { body: 'Hier niet.' },
    });
    expect(answered.status).toBe(404);
    expect((await api(server, 'DELETE', `${PATH}/${id}`, admin())).status).toBe(404);
    expect((await list()).questions.map((each) => each.id)).not.toContain(id);
    expect(
      (await api(server, 'GET', `/api/communities/andere/questions/${id}`, as(editor))).status,
    ).toBe(404);
  });

  it('searches title, text and answers, by inflected forms, and filters by state', async () => {
    const ids = async (query: string) => (await list(query)).questions.map((each) => each.id);
    // "aanbesteden" in the title, found by "aanbesteding" (a shared stem), any case or accents.
    expect(await ids('?q=aanbesteding')).toEqual([tender.id, procured.id]);
    expect(await ids('?q=AANBESTEDING%20cloud')).toEqual([tender.id]);
    expect(await ids(`?q=${encodeURIComponent('clóúddiensten')}`)).toEqual([tender.id]);
    // A word only in an answer, and its plural.
    expect(await ids('?q=raamovereenkomst')).toEqual([tender.id]);
    expect(await ids('?q=raamovereenkomsten')).toEqual([tender.id]);
    expect(await ids('?q=procurement')).toEqual([procured.id]);
    expect(await ids('?q=inkoop')).toEqual([tender.id]);
    expect(await ids('?q=aanbesteding%20onbekendwoord')).toEqual([]);
    expect(await ids('?q=%20')).toEqual([tender.id, procured.id]);

    expect(await ids('?state=answered')).toEqual([tender.id]);
    expect(await ids('?state=open')).toEqual([procured.id]);
    expect(await ids('?state=closed')).toEqual([]);
    expect(await ids('?q=aanbesteding&state=open')).toEqual([procured.id]);
    const limited = await list('?limit=1');
    expect(limited.total).toBe(2);
    expect(limited.questions.map((each) => each.id)).toEqual([tender.id]);
  });

  it('refuses answers beyond a question’s limit and questions beyond a community’s', async () => {
    const { meta, communities } = server.kring.services;
    const full = await ask(editor, 'Een vraag met veel antwoorden');
    const record = (await meta.get<QuestionRecord>(
      TABLES.questions,
      `${(await communities.bySlug('test'))!.id}!${full.id}`,
    ))!;
    const answers = Array.from({ length: QUESTION_LIMITS.answersPerQuestion }, (_, index) => ({
      id: `seededAnswer${index}`,
      authorId: commenter.user.id,
      body: `Antwoord ${index}`,
      createdAt: record.createdAt,
      editedAt: null,
      accepted: false,
    }));
    await meta.write([
      {
        type: 'put',
        table: TABLES.questions,
        key: `${record.communityId}!${record.id}`,
        value: { ...record, answers },
      },
    ]);
    const refused = await api(server, 'POST', url(full, '/answers'), {
      ...as(editor),
      body: { body: 'Nog een.' },
    });
    expect(refused.status).toBe(409);
    expect((await api(server, 'DELETE', url(full), as(editor))).status).toBe(204);

    // A community of its own, filled to the limit directly in the database.
    await api(server, 'POST', '/api/communities', {
      ...admin(),
      body: { slug: 'vol', name: 'Vol' },
    });
    const vol = (await communities.bySlug('vol'))!;
    const at = new Date().toISOString();
    await meta.write(
      Array.from({ length: QUESTION_LIMITS.questionsPerCommunity }, (_, index) => ({
        type: 'put' as const,
        table: TABLES.questions,
        key: `${vol.id}!seededQuestion${index}`,
        value: {
          id: `seededQuestion${index}`,
          communityId: vol.id,
          title: `Vraag ${index}`,
          body: '',
          authorId: null,
          state: 'open',
          createdAt: at,
          updatedAt: at,
          answers: [],
          promotions: [],
        } satisfies QuestionRecord,
      })),
    );
    const tooMany = await api(server, 'POST', '/api/communities/vol/questions', {
      ...admin(),
      body: { title: 'Nog een vraag' },
    });
    expect(tooMany.status).toBe(409);
    const volList = await api(server, 'GET', '/api/communities/vol/questions?limit=3', admin());
    expect(volList.body).toMatchObject({ total: QUESTION_LIMITS.questionsPerCommunity });
  });

  it('promotes a question to a glossary entry that links back', async () => {
    const promote = (account: TestAccount, body: unknown) =>
      api(server, 'POST', url(tender, '/promote'), { ...as(account), body });
    const bad = await promote(commenter, { kind: 'glossary', term: '', definition: 'x' });
    expect(bad.status).toBe(400);
    expect((await promote(commenter, { kind: 'poster' })).status).toBe(400);

    const promoted = await promote(commenter, {
      kind: 'glossary',
      term: 'Clouddienst aanbesteden',
      definition: 'Via een raamovereenkomst met een cloudleverancier.',
    });
    expect(promoted.status).toBe(201);
    const view = promoted.body as QuestionView;
    expect(view.promotions).toHaveLength(1);
    const promotion = view.promotions[0]!;
    expect(promotion.kind).toBe('glossary');

    const glossary = (await api(server, 'GET', '/api/communities/test/glossary', as(reader)))
      .body as GlossaryListView;
    const entry = glossary.entries.find(
      (each) => promotion.kind === 'glossary' && each.id === promotion.entryId,
    );
    expect(entry).toMatchObject({
      term: 'Clouddienst aanbesteden',
      definition: 'Via een raamovereenkomst met een cloudleverancier.',
      links: [`/c/test/questions/${tender.id}`],
      author: { id: commenter.user.id },
    });
    // The same term twice is the glossary's 409.
    const twice = await promote(editor, {
      kind: 'glossary',
      term: 'clouddienst AANBESTEDEN',
      definition: 'Nog eens.',
    });
    expect(twice.status).toBe(409);
    expect((await get(tender)).promotions).toHaveLength(1);
  });

  it('promotes a question to a page (owners, editors) holding the question and its answer', async () => {
    const promote = (account: TestAccount, body: unknown) =>
      api(server, 'POST', url(tender, '/promote'), { ...as(account), body });
    expect((await promote(commenter, { kind: 'page', title: 'Cloud aanbesteden' })).status).toBe(
      403,
    );
    const promoted = await promote(editor, { kind: 'page', title: 'Cloud aanbesteden' });
    expect(promoted.status).toBe(201);
    const view = promoted.body as QuestionView;
    expect(view.promotions.map((each) => each.kind)).toEqual(['glossary', 'page']);
    const promotion = view.promotions[1]!;
    const documentId = promotion.kind === 'page' ? promotion.documentId : '';

    const page = await api(server, 'GET', `/api/documents/${documentId}`, as(reader));
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ title: 'Cloud aanbesteden', communitySlug: 'test' });
    const pages = (await api(server, 'GET', '/api/communities/test/documents', as(reader)))
      .body as DocumentView[];
    expect(pages.map((each) => each.id)).toContain(documentId);

    const markdown = await api(server, 'GET', `/api/documents/${documentId}/export?format=md`, {
      ...as(reader),
    });
    expect(markdown.status).toBe(200);
    const text = String(markdown.body);
    expect(text).toContain('Cloud aanbesteden');
    expect(text).toContain('We willen een contract afsluiten voor opslag.');
    expect(text).toContain('Wij gebruiken een raamovereenkomst met een cloudleverancier.');
    expect(text).toContain(`From the question: [/c/test/questions/${tender.id}]`);
  });

  it('audits asking and promoting, without the questions’ text', async () => {
    const audit = await api(server, 'GET', '/api/communities/test/audit', admin());
    const text = JSON.stringify(audit.body);
    expect(text).toContain('question.asked');
    expect(text).toContain('question.promoted');
    expect(text).not.toContain('clouddiensten');
    expect(text).not.toContain('raamovereenkomst');
  });

  it('lists the routes in the OpenAPI document', async () => {
    const document = (await fetch(`${server.kring.url}/api/openapi.json`).then((r) =>
      r.json(),
    )) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/communities/{slug}/questions',
        '/api/communities/{slug}/questions/{id}/promote',
      ]),
    );
  });

  it('keeps questions, answers and promotions across a restart', async () => {
    const before = await get(tender);
    await server.restart();
    const after = await get(tender);
    expect(after).toEqual(before);
    expect(after.state).toBe('answered');
    expect(after.promotions).toHaveLength(2);
    expect((await list()).questions.map((each) => each.id)).toEqual([tender.id, procured.id]);
    // And it goes on: a new answer is the newest activity.
    await answer(procured, owner, 'Na de herstart.');
    expect((await list()).questions.map((each) => each.id)).toEqual([procured.id, tender.id]);
  });
});
