import * as Y from 'yjs';
import {
  DEFAULT_POSITION,
  isDocumentId,
  positionBetween,
  type CurrentUser,
  type DocumentView,
  type UpdateDocumentRequest,
} from '@kring/shared';
import type { HttpMethod } from '../api/ApiClient.js';
import { fromBase64 } from './base64.js';
import { withLocalDocument } from './localContent.js';
import {
  deleteRecords,
  getAll,
  getRecord,
  putRecords,
  STORES,
  type StoredCommunity,
  type StoredDocument,
} from './offlineDb.js';
import { enqueueOperation } from './operationQueue.js';

/** A state-changing request the server could not be reached for. */
export interface OfflineChangeRequest {
  readonly method: HttpMethod;
  readonly path: string;
  readonly body: unknown;
}

type Answer = { readonly value: unknown } | null;

function field(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)[name]
    : undefined;
}

async function createPage(slug: string, body: unknown, user: CurrentUser): Promise<Answer> {
  const stored = await getRecord<StoredCommunity>(STORES.communities, slug);
  const id = field(body, 'id');
  if (stored === undefined || stored.userId !== user.id || stored.revoked) return null;
  // Without a client-made id, a retry after the lost answer could not be recognised.
  if (typeof id !== 'string' || !isDocumentId(id)) return null;
  const existing = await getRecord<StoredDocument>(STORES.documents, id);
  if (existing !== undefined) return { value: existing.view };
  const rawParent = field(body, 'parentId');
  const parentId = typeof rawParent === 'string' ? rawParent : null;
  const title = typeof field(body, 'title') === 'string' ? (field(body, 'title') as string) : '';
  const templateId = field(body, 'templateId');
  const template = stored.templates.find((t) => t.id === templateId) ?? null;
  const siblings = (await getAll<StoredDocument>(STORES.documents, 'slug', slug)).filter(
    (d) => d.view.parentId === parentId,
  );
  const last =
    siblings
      .map((d) => d.view.position || DEFAULT_POSITION)
      .sort()
      .at(-1) ?? null;
  const now = new Date().toISOString();
  const me = { id: user.id, name: user.name, organisation: user.organisation };
  const view: DocumentView = {
    id,
    communityId: stored.community.id,
    communitySlug: slug,
    title,
    createdAt: now,
    createdBy: me,
    updatedAt: now,
    restrictedTo: null,
    myAccess: 'write',
    canManage: true,
    parentId,
    position: positionBetween(last, null),
    tags: [],
    updatedBy: me,
    deletedAt: null,
  };
  if (template !== null) {
    await withLocalDocument(id, (doc) => Y.applyUpdate(doc, fromBase64(template.update)));
  }
  const record: StoredDocument = {
    id,
    slug,
    view,
    text: title,
    serverStateVector: null,
    dirty: template !== null,
    orphaned: false,
  };
  await putRecords(STORES.documents, [record]);
  await enqueueOperation(slug, user.id, {
    kind: 'create',
    documentId: id,
    title,
    parentId,
    templateId: template?.id ?? null,
  });
  return { value: view };
}

async function mine(id: string, user: CurrentUser): Promise<StoredDocument | null> {
  const stored = await getRecord<StoredDocument>(STORES.documents, id);
  if (stored === undefined || stored.orphaned) return null;
  const community = await getRecord<StoredCommunity>(STORES.communities, stored.slug);
  return community?.userId === user.id && !community.revoked ? stored : null;
}

async function updatePage(id: string, body: unknown, user: CurrentUser): Promise<Answer> {
  const stored = await mine(id, user);
  if (stored === null) return null;
  const change: { -readonly [K in keyof UpdateDocumentRequest]: UpdateDocumentRequest[K] } = {};
  const parentId = field(body, 'parentId');
  const position = field(body, 'position');
  const tags = field(body, 'tags');
  if (parentId === null || typeof parentId === 'string') change.parentId = parentId;
  if (typeof position === 'string') change.position = position;
  if (Array.isArray(tags) && tags.every((tag) => typeof tag === 'string')) change.tags = tags;
  const view: DocumentView = {
    ...stored.view,
    ...(change.parentId === undefined ? {} : { parentId: change.parentId }),
    ...(change.position === undefined ? {} : { position: change.position }),
    ...(change.tags === undefined ? {} : { tags: change.tags }),
  };
  await putRecords(STORES.documents, [{ ...stored, view }]);
  await enqueueOperation(stored.slug, user.id, { kind: 'update', documentId: id, change });
  return { value: view };
}

async function deletePage(id: string, user: CurrentUser): Promise<Answer> {
  const stored = await mine(id, user);
  if (stored === null || !stored.view.canManage) return null;
  // The server trashes the sub-pages with the page: hide them here too.
  const all = await getAll<StoredDocument>(STORES.documents, 'slug', stored.slug);
  const gone = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of all) {
      if (!gone.has(d.id) && d.view.parentId !== null && gone.has(d.view.parentId)) {
        gone.add(d.id);
        grew = true;
      }
    }
  }
  await deleteRecords(STORES.documents, [...gone]);
  await enqueueOperation(stored.slug, user.id, { kind: 'delete', documentId: id });
  return { value: undefined };
}

/**
 * Applies a page change made while the server cannot be reached to this browser's copy and
 * queues it: creating a page (with the id the screen made, so the server creates the same page),
 * moving or tagging a page, deleting a page. Null for anything else (it fails as offline).
 */
export async function applyOfflineChange(
  request: OfflineChangeRequest,
  user: CurrentUser,
): Promise<Answer> {
  const parts = request.path.split('/').filter(Boolean).map(decodeURIComponent);
  if (
    request.method === 'POST' &&
    parts.length === 3 &&
    parts[0] === 'communities' &&
    parts[2] === 'documents'
  ) {
    return createPage(parts[1] ?? '', request.body, user);
  }
  if (parts.length === 2 && parts[0] === 'documents') {
    const id = parts[1] ?? '';
    if (request.method === 'PATCH') return updatePage(id, request.body, user);
    if (request.method === 'DELETE') return deletePage(id, user);
  }
  return null;
}
