import { describe, expect, it } from 'vitest';
import type { StoredOperation } from './offlineDb.js';
import { resolveOperation } from './operationQueue.js';

const base = { slug: 'pet', userId: 'u1', queuedAt: '2026-12-01T10:00:00.000Z' } as const;
const titles = new Map([
  ['page', 'Plan'],
  ['parent', 'Projects'],
]);

describe('resolveOperation', () => {
  it('creates a page under its parent while the parent still exists', () => {
    const op: StoredOperation = {
      ...base,
      kind: 'create',
      documentId: 'new',
      title: 'Notes',
      parentId: 'parent',
      templateId: 'meeting',
    };
    expect(resolveOperation(op, new Set(['parent']), titles)).toEqual({
      // The template is not sent again: its content was put into the page offline.
      request: {
        method: 'POST',
        path: '/communities/pet/documents',
        body: { id: 'new', title: 'Notes', parentId: 'parent' },
      },
      notice: null,
    });
  });

  it('creates a page at the top level when its parent was deleted meanwhile, and says so', () => {
    const op: StoredOperation = {
      ...base,
      kind: 'create',
      documentId: 'new',
      title: 'Notes',
      parentId: 'parent',
      templateId: null,
    };
    const resolved = resolveOperation(op, new Set(), titles);
    expect(resolved.request?.body).toEqual({ id: 'new', title: 'Notes', parentId: null });
    expect(resolved.notice).toEqual({
      kind: 'parent-gone',
      slug: 'pet',
      title: 'Notes',
      parent: 'Projects',
    });
  });

  it('moves to the top level, without the old position, when the new parent is gone', () => {
    const op: StoredOperation = {
      ...base,
      kind: 'update',
      documentId: 'page',
      change: { parentId: 'parent', position: 'a1', tags: ['x'] },
    };
    const resolved = resolveOperation(op, new Set(['page']), titles);
    expect(resolved.request).toEqual({
      method: 'PATCH',
      path: '/documents/page',
      body: { parentId: null, tags: ['x'] },
    });
    expect(resolved.notice).toMatchObject({ kind: 'parent-gone', title: 'Plan' });
  });

  it('drops a change to a page someone deleted meanwhile, and says so', () => {
    const op: StoredOperation = {
      ...base,
      kind: 'update',
      documentId: 'page',
      change: { tags: [] },
    };
    expect(resolveOperation(op, new Set(), titles)).toEqual({
      request: null,
      notice: { kind: 'deleted-elsewhere', slug: 'pet', title: 'Plan' },
    });
  });

  it('deletes whether or not the page still exists (a 404 then counts as done)', () => {
    const op: StoredOperation = { ...base, kind: 'delete', documentId: 'page' };
    expect(resolveOperation(op, new Set(), titles)).toEqual({
      request: { method: 'DELETE', path: '/documents/page' },
      notice: null,
    });
  });
});
