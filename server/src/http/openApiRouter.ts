import { Router } from 'express';
import {
  addMemberRequestSchema,
  changePasswordRequestSchema,
  changeRoleRequestSchema,
  createCommunityRequestSchema,
  createDocumentRequestSchema,
  createInvitationRequestSchema,
  createTokenRequestSchema,
  documentAccessRequestSchema,
  loginRequestSchema,
  passwordResetCompleteSchema,
  passwordResetRequestSchema,
  signupRequestSchema,
  updateCommunityRequestSchema,
  updateProfileRequestSchema,
  updateDocumentRequestSchema,
  createVersionRequestSchema,
  saveTemplateRequestSchema,
  offlinePullRequestSchema,
  offlinePushRequestSchema,
  createOrganisationRequestSchema,
  updateOrganisationRequestSchema,
  updateMyProfileRequestSchema,
  createGlossaryEntryRequestSchema,
  createStakeholderRequestSchema,
  updateGlossaryEntryRequestSchema,
  createThreadRequestSchema,
  replyRequestSchema,
  resolveThreadRequestSchema,
  editCommentRequestSchema,
  askQuestionRequestSchema,
  updateQuestionRequestSchema,
  answerRequestSchema,
  promoteQuestionRequestSchema,
  markReadRequestSchema,
  notificationSettingsRequestSchema,
  pageMentionsRequestSchema,
} from '@kring/shared';
import { z } from 'zod';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Every API route: method, path, summary and request body schema (README and shared/API.md). */
const ROUTES: readonly [Method, string, string, z.ZodType?][] = [
  ['get', '/api/health', 'Liveness and version'],
  ['get', '/api/auth/providers', 'How to sign in here'],
  ['get', '/api/auth/session', 'The signed-in user and CSRF token'],
  ['post', '/api/auth/login', 'Sign in with email and password', loginRequestSchema],
  [
    'post',
    '/api/auth/signup',
    'Create an account (first run, invitation or allowed domain)',
    signupRequestSchema,
  ],
  ['post', '/api/auth/logout', 'End this session'],
  ['post', '/api/auth/logout-all', 'End every session of this account'],
  ['post', '/api/auth/password-reset', 'Ask for a password reset link', passwordResetRequestSchema],
  [
    'post',
    '/api/auth/password-reset/complete',
    'Set a new password with a reset link',
    passwordResetCompleteSchema,
  ],
  ['get', '/api/auth/oidc/{providerId}/start', 'Start an OpenID Connect login'],
  ['get', '/api/auth/oidc/{providerId}/callback', 'OpenID Connect redirect target'],
  ['get', '/api/me', 'The signed-in user'],
  ['patch', '/api/me', 'Change name or organisation', updateProfileRequestSchema],
  ['put', '/api/me/password', 'Change password', changePasswordRequestSchema],
  ['get', '/api/me/tokens', 'Personal API tokens'],
  ['post', '/api/me/tokens', 'Create an API token (secret shown once)', createTokenRequestSchema],
  ['delete', '/api/me/tokens/{id}', 'Revoke an API token'],
  ['get', '/api/me/profile', 'My profile (function, expertise, bio, …) and what I hide'],
  [
    'put',
    '/api/me/profile',
    'Change my profile; absent fields keep their value',
    updateMyProfileRequestSchema,
  ],
  ['get', '/api/organisations', 'Organisation records (name and type)'],
  [
    'post',
    '/api/organisations',
    'Add an organisation (instance admins)',
    createOrganisationRequestSchema,
  ],
  [
    'patch',
    '/api/organisations/{id}',
    'Rename an organisation or change its type (instance admins)',
    updateOrganisationRequestSchema,
  ],
  ['delete', '/api/organisations/{id}', 'Delete an organisation (instance admins)'],
  [
    'get',
    '/api/people',
    'Who can I ask about q? Members ranked by what they wrote on readable pages and declared expertise',
  ],
  [
    'get',
    '/api/people/{userId}',
    'A person page: profile, shared communities, pages they wrote (404 unless a shared community)',
  ],
  ['get', '/api/me/notifications', 'My notifications I may still open, newest first (?limit=)'],
  [
    'post',
    '/api/me/notifications/read',
    'Mark notifications read (the given ids, or all)',
    markReadRequestSchema,
  ],
  ['get', '/api/me/notification-settings', 'How I get notifications by email'],
  [
    'put',
    '/api/me/notification-settings',
    'Choose off, immediate or digest mail',
    notificationSettingsRequestSchema,
  ],
  ['get', '/api/documents/{id}/watch', 'Whether I watch a page'],
  ['put', '/api/documents/{id}/watch', 'Watch a page (new threads, changes)'],
  ['delete', '/api/documents/{id}/watch', 'Stop watching a page'],
  [
    'post',
    '/api/documents/{id}/mentions',
    'Notify people mentioned on a page (its writers); others are skipped silently',
    pageMentionsRequestSchema,
  ],
  ['get', '/api/communities/{slug}/watch', 'Whether I watch a community'],
  ['put', '/api/communities/{slug}/watch', 'Watch a community (new pages)'],
  ['delete', '/api/communities/{slug}/watch', 'Stop watching a community'],
  ['get', '/api/me/favourites', 'Pinned pages the caller can read now, in their order'],
  ['put', '/api/me/favourites/{documentId}', 'Pin a page (idempotent)'],
  ['delete', '/api/me/favourites/{documentId}', 'Unpin a page (idempotent)'],
  ['get', '/api/communities', 'Communities of the signed-in user'],
  ['post', '/api/communities', 'Create a community', createCommunityRequestSchema],
  ['get', '/api/communities/{slug}', 'A community'],
  ['patch', '/api/communities/{slug}', 'Change a community', updateCommunityRequestSchema],
  ['get', '/api/communities/{slug}/members', 'Members with organisation and role'],
  ['post', '/api/communities/{slug}/members', 'Add an account by email', addMemberRequestSchema],
  ['patch', '/api/communities/{slug}/members/{userId}', 'Change a role', changeRoleRequestSchema],
  ['delete', '/api/communities/{slug}/members/{userId}', 'Remove a member'],
  ['get', '/api/communities/{slug}/documents', 'Documents the caller may read'],
  [
    'post',
    '/api/communities/{slug}/documents',
    'Create a document (idempotent by id)',
    createDocumentRequestSchema,
  ],
  ['get', '/api/communities/{slug}/invitations', 'Open invitations'],
  [
    'post',
    '/api/communities/{slug}/invitations',
    'Create an invitation link',
    createInvitationRequestSchema,
  ],
  ['delete', '/api/communities/{slug}/invitations/{id}', 'Revoke an invitation'],
  ['get', '/api/communities/{slug}/audit', "The community's audit log"],
  ['get', '/api/communities/{slug}/audit.csv', "The community's audit log as CSV"],
  ['get', '/api/invitations/{token}', 'What an invitation offers'],
  ['post', '/api/invitations/{token}/accept', 'Join with an invitation'],
  ['get', '/api/documents/{id}', "A document's metadata"],
  ['delete', '/api/documents/{id}', 'Delete a document'],
  [
    'put',
    '/api/documents/{id}/access',
    'Restrict a document to named members',
    documentAccessRequestSchema,
  ],
  [
    'patch',
    '/api/documents/{id}',
    'Move a page in the tree and/or set its tags',
    updateDocumentRequestSchema,
  ],
  ['post', '/api/documents/{id}/restore', 'Restore a page (and its sub-pages) from the trash'],
  ['get', '/api/documents/{id}/backlinks', 'Readable pages linking to this one'],
  ['get', '/api/documents/{id}/contributors', 'Who added how much to this page (read access)'],
  ['get', '/api/documents/{id}/versions', 'Versions, newest first'],
  ['post', '/api/documents/{id}/versions', 'Save a named version', createVersionRequestSchema],
  ['get', '/api/documents/{id}/versions/{versionId}', 'A version’s content (ProseMirror JSON)'],
  [
    'post',
    '/api/documents/{id}/versions/{versionId}/restore',
    'Make a version the current content',
  ],
  [
    'post',
    '/api/documents/{id}/template',
    'Save a page as a community template',
    saveTemplateRequestSchema,
  ],
  ['get', '/api/documents/{id}/export', 'Export a page (?format=md|html|docx)'],
  ['get', '/api/documents/{id}/comments', 'Comment threads of a page, oldest first'],
  [
    'post',
    '/api/documents/{id}/comments',
    'Start a thread (owners, editors, commenters)',
    createThreadRequestSchema,
  ],
  [
    'post',
    '/api/documents/{id}/comments/{threadId}/replies',
    'Reply to a thread (owners, editors, commenters)',
    replyRequestSchema,
  ],
  [
    'patch',
    '/api/documents/{id}/comments/{threadId}',
    'Resolve or reopen a thread (owners, editors, commenters)',
    resolveThreadRequestSchema,
  ],
  [
    'patch',
    '/api/documents/{id}/comments/{threadId}/comments/{commentId}',
    'Change a comment (its author)',
    editCommentRequestSchema,
  ],
  [
    'delete',
    '/api/documents/{id}/comments/{threadId}/comments/{commentId}',
    'Delete a comment (its author, the page’s owners); 204 when the thread is gone',
  ],
  [
    'put',
    '/api/documents/{id}/comments/{threadId}/comments/{commentId}/reactions/{reaction}',
    'React to a comment',
  ],
  [
    'delete',
    '/api/documents/{id}/comments/{threadId}/comments/{commentId}/reactions/{reaction}',
    'Take back a reaction',
  ],
  ['get', '/api/communities/{slug}/tags', 'Tags with counts'],
  ['get', '/api/communities/{slug}/changes', 'Pages changed since my last visit'],
  ['post', '/api/communities/{slug}/visit', 'Mark the community as seen now'],
  ['get', '/api/communities/{slug}/trash', 'Pages in the trash'],
  ['get', '/api/communities/{slug}/stakeholders', "The community's stakeholder map"],
  ['get', '/api/communities/{slug}/stakeholders.csv', 'The stakeholder map as CSV'],
  [
    'post',
    '/api/communities/{slug}/stakeholders',
    'Add a stakeholder who is not a member (owners)',
    createStakeholderRequestSchema,
  ],
  ['delete', '/api/communities/{slug}/stakeholders/{id}', 'Remove a stakeholder (owners)'],
  ['get', '/api/communities/{slug}/glossary', "The community's glossary, by term"],
  [
    'post',
    '/api/communities/{slug}/glossary',
    'Explain a term (owners, editors, commenters)',
    createGlossaryEntryRequestSchema,
  ],
  [
    'patch',
    '/api/communities/{slug}/glossary/{id}',
    'Change an entry (its author, owners)',
    updateGlossaryEntryRequestSchema,
  ],
  ['delete', '/api/communities/{slug}/glossary/{id}', 'Delete an entry (its author, owners)'],
  [
    'get',
    '/api/communities/{slug}/questions',
    'Community questions, newest activity first (?q=&state=&limit=)',
  ],
  [
    'post',
    '/api/communities/{slug}/questions',
    'Ask a question (owners, editors, commenters)',
    askQuestionRequestSchema,
  ],
  ['get', '/api/communities/{slug}/questions/{id}', 'A question with its answers'],
  [
    'patch',
    '/api/communities/{slug}/questions/{id}',
    'Change title and text (its asker); close or reopen (its asker, owners)',
    updateQuestionRequestSchema,
  ],
  ['delete', '/api/communities/{slug}/questions/{id}', 'Delete a question (its asker, owners)'],
  [
    'post',
    '/api/communities/{slug}/questions/{id}/answers',
    'Answer an open question (owners, editors, commenters)',
    answerRequestSchema,
  ],
  [
    'patch',
    '/api/communities/{slug}/questions/{id}/answers/{answerId}',
    'Change an answer (its author)',
    answerRequestSchema,
  ],
  [
    'delete',
    '/api/communities/{slug}/questions/{id}/answers/{answerId}',
    'Delete an answer (its author, owners)',
  ],
  [
    'post',
    '/api/communities/{slug}/questions/{id}/answers/{answerId}/accept',
    'Accept an answer: the question is answered (its asker, owners)',
  ],
  [
    'delete',
    '/api/communities/{slug}/questions/{id}/answers/{answerId}/accept',
    'Take back accepting an answer: the question is open again (its asker, owners)',
  ],
  [
    'post',
    '/api/communities/{slug}/questions/{id}/promote',
    'Make a glossary entry (owners, editors, commenters) or a page (owners, editors) of a question',
    promoteQuestionRequestSchema,
  ],
  ['get', '/api/communities/{slug}/presence', 'Who has the community’s pages open now'],
  ['get', '/api/communities/{slug}/templates', 'Templates (built-in and the community’s own)'],
  [
    'get',
    '/api/communities/{slug}/offline',
    'Offline manifest: readable pages, what changed since ?epoch=&since=, members, templates',
  ],
  [
    'post',
    '/api/communities/{slug}/offline/pull',
    'Offline pull: what each copy lacks, by its state vector (≤ 50 pages, 8 MiB)',
    offlinePullRequestSchema,
  ],
  [
    'post',
    '/api/communities/{slug}/offline/push',
    'Offline push: updates made offline, answered once durable (≤ 50 pages, 8 MiB)',
    offlinePushRequestSchema,
  ],
  [
    'post',
    '/api/communities/{slug}/import',
    'Import Markdown, a zip of Markdown files, or DOCX (raw body)',
  ],
  ['get', '/api/communities/{slug}/export', 'All readable pages as a zip of Markdown files'],
  ['post', '/api/communities/{slug}/files', 'Upload a file (raw body; ?name=&documentId=)'],
  ['get', '/api/communities/{slug}/files', 'Files of the community (?documentId= for attachments)'],
  [
    'get',
    '/api/files/{id}',
    'Download a file (images and PDFs inline; ?download forces a download)',
  ],
  ['delete', '/api/files/{id}', 'Delete a file'],
  ['get', '/api/search', 'Full-text search (?q=&community=&tag=&author=&from=&to=&limit=)'],
  ['get', '/api/audit', 'The instance audit log (admins)'],
  ['get', '/api/audit.csv', 'The instance audit log as CSV (admins)'],
];

function buildDocument(): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [method, path, summary, body] of ROUTES) {
    const parameters = [...path.matchAll(/\{(\w+)\}/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    (paths[path] ??= {})[method] = {
      summary,
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: z.toJSONSchema(body, { io: 'input', unrepresentable: 'any' }),
                },
              },
            },
          }
        : {}),
      responses: { default: { description: 'JSON; errors are { error: { code, message } }' } },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Kring API', version: '1' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'kring_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
    paths,
  };
}

/** `GET /api/openapi.json`: the API description. */
export function openApiRouter(): Router {
  const router = Router();
  let document: unknown = null;
  router.get('/openapi.json', (_request, response) => {
    response.json((document ??= buildDocument()));
  });
  return router;
}
