import type {
  AskQuestionRequest,
  PromoteQuestionRequest,
  QuestionListView,
  QuestionState,
  QuestionView,
  UpdateQuestionRequest,
} from '@kring/shared';
import type { ApiClient } from './ApiClient.js';
import { communityApiPath } from './communities.js';

/** A community's questions: `/api/communities/:slug/questions`. */
export interface QuestionsApi {
  list(
    slug: string,
    query: { readonly q?: string; readonly state?: QuestionState },
  ): Promise<QuestionListView>;
  get(slug: string, id: string): Promise<QuestionView>;
  ask(slug: string, request: AskQuestionRequest): Promise<QuestionView>;
  update(slug: string, id: string, request: UpdateQuestionRequest): Promise<QuestionView>;
  remove(slug: string, id: string): Promise<void>;
  answer(slug: string, id: string, body: string): Promise<QuestionView>;
  editAnswer(slug: string, id: string, answerId: string, body: string): Promise<QuestionView>;
  removeAnswer(slug: string, id: string, answerId: string): Promise<QuestionView>;
  accept(slug: string, id: string, answerId: string, accepted: boolean): Promise<QuestionView>;
  promote(slug: string, id: string, request: PromoteQuestionRequest): Promise<QuestionView>;
}

/** The {@link QuestionsApi} on a client. */
export function questionsApi(client: ApiClient): QuestionsApi {
  const list = (slug: string) => `${communityApiPath(slug)}/questions`;
  const one = (slug: string, id: string) => `${list(slug)}/${encodeURIComponent(id)}`;
  const answer = (slug: string, id: string, answerId: string) =>
    `${one(slug, id)}/answers/${encodeURIComponent(answerId)}`;
  return {
    list: (slug, { q, state }) => client.get<QuestionListView>(list(slug), { query: { q, state } }),
    get: (slug, id) => client.get<QuestionView>(one(slug, id)),
    ask: (slug, request) => client.post<QuestionView>(list(slug), request),
    update: (slug, id, request) => client.patch<QuestionView>(one(slug, id), request),
    remove: (slug, id) => client.delete(one(slug, id)),
    answer: (slug, id, body) => client.post<QuestionView>(`${one(slug, id)}/answers`, { body }),
    editAnswer: (slug, id, answerId, body) =>
      client.patch<QuestionView>(answer(slug, id, answerId), { body }),
    removeAnswer: (slug, id, answerId) =>
      client.request<QuestionView>('DELETE', answer(slug, id, answerId)),
    accept: (slug, id, answerId, accepted) =>
      client.request<QuestionView>(
        accepted ? 'POST' : 'DELETE',
        `${answer(slug, id, answerId)}/accept`,
      ),
    promote: (slug, id, request) => client.post<QuestionView>(`${one(slug, id)}/promote`, request),
  };
}
