import { describe, expect, it } from 'vitest';
import type { Role } from '@kring/shared';
import { can, type Actor, type DocumentResource } from './permissions.js';

const actor = (role: Role | null, extra: Partial<Actor> = {}): Actor => ({
  id: 'me',
  isAdmin: false,
  isGuest: false,
  roles: new Map(role === null ? [] : [['c1', role]]),
  ...extra,
});
const document = (extra: Partial<DocumentResource> = {}): DocumentResource => ({
  type: 'document',
  communityId: 'c1',
  createdBy: 'someone',
  restrictedTo: null,
  deleted: false,
  ...extra,
});

describe('can(): the one permission rule', () => {
  it('denies everything to nobody', () => {
    expect(can(null, 'document.read', document())).toBe(false);
    expect(can(null, 'community.create', { type: 'instance' })).toBe(false);
  });

  it('gives each role exactly its document rights', () => {
    const rights = (role: Role) =>
      (['document.read', 'document.comment', 'document.write', 'document.manage'] as const).filter(
        (action) => can(actor(role), action, document()),
      );
    expect(rights('reader')).toEqual(['document.read']);
    expect(rights('commenter')).toEqual(['document.read', 'document.comment']);
    expect(rights('editor')).toEqual(['document.read', 'document.comment', 'document.write']);
    expect(rights('owner')).toEqual([
      'document.read',
      'document.comment',
      'document.write',
      'document.manage',
    ]);
  });

  it('lets an editor manage the documents they created, not others', () => {
    expect(can(actor('editor'), 'document.manage', document({ createdBy: 'me' }))).toBe(true);
    expect(can(actor('reader'), 'document.manage', document({ createdBy: 'me' }))).toBe(false);
  });

  it('opens a restricted document only to named members, owners, the creator and admins', () => {
    const restricted = document({ restrictedTo: ['named'] });
    expect(can(actor('editor'), 'document.read', restricted)).toBe(false);
    expect(can(actor('editor', { id: 'named' }), 'document.write', restricted)).toBe(true);
    expect(can(actor('reader', { id: 'named' }), 'document.write', restricted)).toBe(false);
    expect(can(actor('owner'), 'document.read', restricted)).toBe(true);
    expect(can(actor('editor', { id: 'someone' }), 'document.read', restricted)).toBe(true);
    expect(can(actor(null, { isAdmin: true }), 'document.write', restricted)).toBe(true);
  });

  it('keeps a deleted document closed even to admins, and other communities closed to members', () => {
    expect(can(actor(null, { isAdmin: true }), 'document.read', document({ deleted: true }))).toBe(
      false,
    );
    expect(can(actor('owner'), 'document.read', document({ communityId: 'c2' }))).toBe(false);
  });

  it('lets guests do nothing on the instance, and only admins read the whole audit log', () => {
    expect(can(actor(null, { isGuest: true }), 'community.create', { type: 'instance' })).toBe(
      false,
    );
    expect(can(actor(null), 'community.create', { type: 'instance' })).toBe(true);
    expect(can(actor('owner'), 'audit.read_all', { type: 'instance' })).toBe(false);
    expect(can(actor('owner'), 'audit.read', { type: 'community', id: 'c1' })).toBe(true);
    expect(can(actor('editor'), 'invitation.manage', { type: 'community', id: 'c1' })).toBe(false);
  });
});
