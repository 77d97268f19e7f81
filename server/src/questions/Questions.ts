import { QUESTION_LIMITS } from '@kring/shared';
import type { AuditLog } from '../audit/AuditLog.js';
import type { Caller } from '../auth/Caller.js';
import { newId } from '../auth/secrets.js';
import type { CommunityService } from '../communities/CommunityService.js';
import { DomainError, forbidden, notFound } from '../domainError.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { AnswerRecord, CommunityRecord, QuestionRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import { questionPath } from './questionPage.js';
import type {
  NewQuestion,
  Promotion,
  QuestionChange,
  QuestionDependencies,
  QuestionLimits,
  QuestionQuery,
} from './questionTypes.js';
import { isOwner, mayManageQuestion, takesPart, wrote } from './questionPermissions.js';
import { createPromotion } from './questionPromotion.js';
import { keyOf, requireAnswer, withAnswer } from './questionRecords.js';
import { questionMatcher } from './questionSearch.js';

const conflict = (message: string) => new DomainError(409, 'conflict', message);
/**
 * Community questions: a discussion space per community for questions not tied to a page. Members
 * read; owners, editors and commenters ask and answer; only authors change their own words (owners
 * included: nobody edits others' words); the asker and owners close, reopen, accept an answer
 * (the question is then answered) and delete; answers are deleted by their author or an owner. A
 * question can become a glossary entry or a page that links back to it. Question and answer
 * texts are never logged nor put in the audit log.
 */
export class Questions {
  private readonly db: MetaDatabase;
  private readonly communities: CommunityService;
  private readonly audit: AuditLog;
  private readonly now: () => number;
  private readonly limits: QuestionLimits;
  private lastMillis = 0;

  constructor(private readonly deps: QuestionDependencies) {
    ({ db: this.db, communities: this.communities, audit: this.audit } = deps);
    this.now = deps.now ?? Date.now;
    this.limits = deps.limits ?? QUESTION_LIMITS;
  }

  /**
   * The community (for the caller's permissions) and its questions matching `query`, newest
   * activity first, at most `query.limit`; `total` counts every match. @throws 404
   */
  async list(
    caller: Caller,
    slug: string,
    query: QuestionQuery,
  ): Promise<{ community: CommunityRecord; total: number; questions: QuestionRecord[] }> {
    const community = await this.communities.require(caller, slug, 'community.read');
    const matches = questionMatcher(query.q);
    const found = (await this.questionsOf(community.id)).filter(
      (question) =>
        (query.state === undefined || question.state === query.state) &&
        (matches === null || matches(question)),
    );
    found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id));
    return { community, total: found.length, questions: found.slice(0, query.limit) };
  }

  /** One question. @throws {DomainError} 404 outside the community or when unknown there. */
  async get(caller: Caller, slug: string, id: string): Promise<QuestionRecord> {
    const community = await this.communities.require(caller, slug, 'community.read');
    return this.requireQuestion(community.id, id);
  }

  /** Asks a question. @throws {DomainError} 404 outside, 403 for readers, 409 at the limit. */
  async ask(caller: Caller, slug: string, input: NewQuestion): Promise<QuestionRecord> {
    const community = await this.communities.require(caller, slug, 'discussion.write');
    return this.db.exclusive(async () => {
      const keys = await this.db.keys(TABLES.questions, `${community.id}!`);
      if (keys.length >= this.limits.questionsPerCommunity) {
        throw conflict(`A community keeps at most ${this.limits.questionsPerCommunity} questions.`);
      }
      const at = this.timestamp();
      const question: QuestionRecord = {
        id: newId(),
        communityId: community.id,
        title: input.title,
        body: input.body,
        authorId: caller.userId,
        state: 'open',
        createdAt: at,
        updatedAt: at,
        answers: [],
        promotions: [],
      };
      await this.put(question, [
        ...this.audit.operations({
          action: 'question.asked',
          actorId: caller.userId,
          communityId: community.id,
          details: { questionId: question.id },
          ip: caller.ip,
        }),
      ]);
      return question;
    });
  }

  /**
   * Changes the title and text (the asker only) or closes and reopens (the asker, owners). A
   * question becomes answered only by accepting an answer: `state: 'answered'` is a 400.
   * Reopening an answered-then-closed question makes it answered again.
   * @throws {DomainError} 404, 403, 400
   */
  async update(
    caller: Caller,
    slug: string,
    id: string,
    change: QuestionChange,
  ): Promise<QuestionRecord> {
    const community = await this.communities.require(caller, slug, 'community.read');
    return this.db.exclusive(async () => {
      const question = await this.requireQuestion(community.id, id);
      const changesText = change.title !== undefined || change.body !== undefined;
      if (changesText && !(wrote(caller, question) && takesPart(caller, community.id))) {
        throw forbidden('Only its asker changes a question’s title and text.');
      }
      if (change.state !== undefined && !mayManageQuestion(caller, question)) {
        throw forbidden('Only its asker and the community’s owners close and reopen a question.');
      }
      if (change.state === 'answered') {
        throw new DomainError(
          400,
          'invalid_request',
          'Invalid body. state: a question is answered by accepting one of its answers.',
        );
      }
      let state = question.state;
      if (change.state === 'closed') state = 'closed';
      if (change.state === 'open' && state === 'closed') {
        state = question.answers.some((answer) => answer.accepted) ? 'answered' : 'open';
      }
      const next: QuestionRecord = {
        ...question,
        title: change.title ?? question.title,
        body: change.body ?? question.body,
        state,
      };
      if (
        next.title === question.title &&
        next.body === question.body &&
        state === question.state
      ) {
        return question;
      }
      return this.save({ ...next, updatedAt: this.timestamp() });
    });
  }

  /** Deletes a question. @throws {DomainError} 404, 403 unless the asker or an owner. */
  async delete(caller: Caller, slug: string, id: string): Promise<void> {
    const community = await this.communities.require(caller, slug, 'community.read');
    await this.db.exclusive(async () => {
      const question = await this.requireQuestion(community.id, id);
      if (!mayManageQuestion(caller, question)) {
        throw forbidden('Only its asker and the community’s owners delete a question.');
      }
      await this.db.write([{ type: 'del', table: TABLES.questions, key: keyOf(question) }]);
    });
  }

  /** Answers a question. @throws {DomainError} 404, 403 for readers, 409 when closed or full. */
  async answer(caller: Caller, slug: string, id: string, body: string): Promise<QuestionRecord> {
    const community = await this.communities.require(caller, slug, 'discussion.write');
    const answered = await this.db.exclusive(async () => {
      const question = await this.requireQuestion(community.id, id);
      if (question.state === 'closed') throw conflict('A closed question takes no answers.');
      if (question.answers.length >= this.limits.answersPerQuestion) {
        throw conflict(`A question keeps at most ${this.limits.answersPerQuestion} answers.`);
      }
      const at = this.timestamp();
      const answer: AnswerRecord = {
        id: newId(),
        authorId: caller.userId,
        body,
        createdAt: at,
        editedAt: null,
        accepted: false,
      };
      return this.save({ ...question, answers: [...question.answers, answer], updatedAt: at });
    });
    const answer = answered.answers[answered.answers.length - 1];
    if (this.deps.onAnswered !== undefined && answer !== undefined) {
      try {
        await this.deps.onAnswered({ caller, community, question: answered, answer });
      } catch {
        // Best effort (notifications): the answer is stored either way; the listener logs.
      }
    }
    return answered;
  }

  /** Changes one's own answer (also on a closed question). @throws {DomainError} 404, 403. */
  async editAnswer(
    caller: Caller,
    slug: string,
    id: string,
    answerId: string,
    body: string,
  ): Promise<QuestionRecord> {
    const community = await this.communities.require(caller, slug, 'community.read');
    return this.db.exclusive(async () => {
      const question = await this.requireQuestion(community.id, id);
      const answer = requireAnswer(question, answerId);
      if (!(wrote(caller, answer) && takesPart(caller, community.id))) {
        throw forbidden('Only its author changes an answer.');
      }
      if (answer.body === body) return question;
      const at = this.timestamp();
      return this.save({
        ...withAnswer(question, { ...answer, body, editedAt: at }),
        updatedAt: at,
      });
    });
  }

  /**
   * Accepts an answer (unmarking any other; the question is answered) or takes that back (the
   * question is open again). Doing it twice changes nothing.
   * @throws {DomainError} 404, 403 unless the asker or an owner, 409 on a closed question.
   */
  async accept(
    caller: Caller,
    slug: string,
    id: string,
    answerId: string,
    accepted: boolean,
  ): Promise<QuestionRecord> {
    const community = await this.communities.require(caller, slug, 'community.read');
    return this.db.exclusive(async () => {
      const question = await this.requireQuestion(community.id, id);
      const answer = requireAnswer(question, answerId);
      if (!mayManageQuestion(caller, question)) {
        throw forbidden('Only its asker and the community’s owners accept an answer.');
      }
      if (question.state === 'closed') {
        throw conflict('Reopen the question before accepting or un-accepting an answer.');
      }
      if (answer.accepted === accepted) return question;
      const answers = question.answers.map((each) =>
        each.id === answer.id
          ? { ...each, accepted }
          : each.accepted && accepted
            ? { ...each, accepted: false }
            : each,
      );
      return this.save({
        ...question,
        answers,
        state: answers.some((each) => each.accepted) ? 'answered' : 'open',
        updatedAt: this.timestamp(),
      });
    });
  }

  /**
   * Deletes an answer; when it was the accepted one, an answered question is open again.
   * @throws {DomainError} 404, 403 unless its author or an owner.
   */
  async deleteAnswer(
    caller: Caller,
    slug: string,
    id: string,
    answerId: string,
  ): Promise<QuestionRecord> {
    const community = await this.communities.require(caller, slug, 'community.read');
    return this.db.exclusive(async () => {
      const question = await this.requireQuestion(community.id, id);
      const answer = requireAnswer(question, answerId);
      const mayDelete =
        isOwner(caller, community.id) || (wrote(caller, answer) && takesPart(caller, community.id));
      if (!mayDelete)
        throw forbidden('Only its author and the community’s owners delete an answer.');
      return this.save({
        ...question,
        answers: question.answers.filter((each) => each.id !== answer.id),
        state: answer.accepted && question.state === 'answered' ? 'open' : question.state,
      });
    });
  }

  /**
   * Makes a glossary entry (owners, editors, commenters) or a page (owners, editors) from a
   * question; it links back to the question, and the question lists it among its promotions. A
   * page holds the question, its accepted answer and the link back.
   * @throws {DomainError} 404, 403, 409 (a known term, a full glossary)
   */
  async promote(
    caller: Caller,
    slug: string,
    id: string,
    request: Promotion,
  ): Promise<QuestionRecord> {
    const action = request.kind === 'glossary' ? 'glossary.write' : 'document.create';
    const community = await this.communities.require(caller, slug, action);
    const question = await this.requireQuestion(community.id, id);
    const link = questionPath(community.slug, question.id);
    // The glossary and the page import write in exclusive sections of their own: outside ours.
    const made = await createPromotion(this.deps, {
      caller,
      slug,
      question,
      link,
      request,
      at: this.timestamp(),
    });
    return this.db.exclusive(async () => {
      const current = await this.requireQuestion(community.id, id);
      const next: QuestionRecord = {
        ...current,
        promotions: [...current.promotions, made],
        updatedAt: made.at,
      };
      await this.put(
        next,
        this.audit.operations({
          action: 'question.promoted',
          actorId: caller.userId,
          communityId: community.id,
          details:
            made.kind === 'glossary'
              ? { questionId: id, kind: 'glossary', entryId: made.entryId }
              : { questionId: id, kind: 'page', documentId: made.documentId },
          ip: caller.ip,
        }),
      );
      return next;
    });
  }

  private questionsOf(communityId: string): Promise<QuestionRecord[]> {
    return this.db.list<QuestionRecord>(TABLES.questions, `${communityId}!`);
  }

  private async requireQuestion(communityId: string, id: string): Promise<QuestionRecord> {
    const question = await this.db.get<QuestionRecord>(TABLES.questions, `${communityId}!${id}`);
    if (question === undefined) throw notFound('The question');
    return question;
  }

  private async save(question: QuestionRecord): Promise<QuestionRecord> {
    await this.put(question, []);
    return question;
  }

  private async put(
    question: QuestionRecord,
    audit: ReturnType<AuditLog['operations']>,
  ): Promise<void> {
    await this.db.write([
      { type: 'put', table: TABLES.questions, key: keyOf(question), value: question },
      ...audit,
    ]);
  }

  /**
   * Now, strictly later than every earlier change of this process: activity in the same
   * millisecond still sorts newest first.
   */
  private timestamp(): string {
    this.lastMillis = Math.max(this.now(), this.lastMillis + 1);
    return new Date(this.lastMillis).toISOString();
  }
}
