import type {
  CommentThreadView,
  CommentThreadsView,
  CreateThreadRequest,
  Reaction,
} from '@kring/shared';
import type { ApiClient } from './ApiClient.js';

/** Comment threads of a page: `/api/documents/:id/comments`. */
export interface CommentsApi {
  list(documentId: string): Promise<CommentThreadsView>;
  create(documentId: string, request: CreateThreadRequest): Promise<CommentThreadView>;
  reply(
    documentId: string,
    threadId: string,
    body: string,
    mentions?: readonly string[],
  ): Promise<CommentThreadView>;
  resolve(documentId: string, threadId: string, resolved: boolean): Promise<CommentThreadView>;
  edit(
    documentId: string,
    threadId: string,
    commentId: string,
    body: string,
  ): Promise<CommentThreadView>;
  /** Deletes a comment; resolves with the thread, or null when that removed the thread. */
  remove(
    documentId: string,
    threadId: string,
    commentId: string,
  ): Promise<CommentThreadView | null>;
  react(
    documentId: string,
    threadId: string,
    commentId: string,
    reaction: Reaction,
    on: boolean,
  ): Promise<CommentThreadView>;
}

/** The {@link CommentsApi} on a client. */
export function commentsApi(client: ApiClient): CommentsApi {
  const threads = (documentId: string) => `/documents/${encodeURIComponent(documentId)}/comments`;
  const thread = (documentId: string, threadId: string) =>
    `${threads(documentId)}/${encodeURIComponent(threadId)}`;
  const comment = (documentId: string, threadId: string, commentId: string) =>
    `${thread(documentId, threadId)}/comments/${encodeURIComponent(commentId)}`;
  return {
    list: (documentId) => client.get<CommentThreadsView>(threads(documentId)),
    create: (documentId, request) => client.post<CommentThreadView>(threads(documentId), request),
    reply: (documentId, threadId, body, mentions = []) =>
      client.post<CommentThreadView>(`${thread(documentId, threadId)}/replies`, { body, mentions }),
    resolve: (documentId, threadId, resolved) =>
      client.patch<CommentThreadView>(thread(documentId, threadId), { resolved }),
    edit: (documentId, threadId, commentId, body) =>
      client.patch<CommentThreadView>(comment(documentId, threadId, commentId), { body }),
    remove: async (documentId, threadId, commentId) =>
      (await client.request<CommentThreadView | undefined>(
        'DELETE',
        comment(documentId, threadId, commentId),
      )) ?? null,
    react: (documentId, threadId, commentId, reaction, on) => {
      const path = `${comment(documentId, threadId, commentId)}/reactions/${encodeURIComponent(reaction)}`;
      return client.request<CommentThreadView>(on ? 'PUT' : 'DELETE', path);
    },
  };
}
