import { describe, expect, it } from 'vitest';
import type { DocumentView } from '@kring/shared';
import { documentViewKey, parseDocumentView } from './documentViewCache.js';

const view: DocumentView = {
  id: 'abc',
  communityId: 'c1',
  communitySlug: 'pet',
  title: 'Plan',
  createdAt: '2025-01-01T00:00:00.000Z',
  createdBy: null,
  updatedAt: '2025-01-02T00:00:00.000Z',
  restrictedTo: null,
  myAccess: 'read',
  canManage: false,
  parentId: null,
  position: 'a0',
  tags: [],
  updatedBy: null,
  deletedAt: null,
};

describe('document view cache', () => {
  it('uses one localStorage key per document', () => {
    expect(documentViewKey('abc')).toBe('kring:doc:abc');
  });

  it('parses what it stored', () => {
    expect(parseDocumentView(JSON.stringify(view), 'abc')).toEqual(view);
    const restricted = { ...view, restrictedTo: ['u1'] };
    expect(parseDocumentView(JSON.stringify(restricted), 'abc')).toEqual(restricted);
  });

  it('fills in the page-tree fields of entries stored before they existed', () => {
    const { parentId, position, tags, updatedBy, deletedAt, ...old } = view;
    expect([parentId, position, tags, updatedBy, deletedAt]).toEqual([null, 'a0', [], null, null]);
    expect(parseDocumentView(JSON.stringify(old), 'abc')).toEqual(view);
  });

  it('rejects missing, corrupt, foreign or malformed entries', () => {
    expect(parseDocumentView(null, 'abc')).toBeNull();
    expect(parseDocumentView('{', 'abc')).toBeNull();
    expect(parseDocumentView(JSON.stringify(view), 'other')).toBeNull();
    expect(parseDocumentView(JSON.stringify({ ...view, myAccess: 'admin' }), 'abc')).toBeNull();
    expect(parseDocumentView(JSON.stringify({ ...view, restrictedTo: [1] }), 'abc')).toBeNull();
    expect(parseDocumentView(JSON.stringify({ ...view, canManage: 'yes' }), 'abc')).toBeNull();
  });
});
