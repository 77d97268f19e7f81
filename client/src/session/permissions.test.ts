import { describe, expect, it } from 'vitest';
import { communityPermissions } from './permissions.js';

describe('communityPermissions', () => {
  it('lets owners manage and owners and editors create documents', () => {
    const member = { isAdmin: false };
    expect(communityPermissions({ myRole: 'owner' }, member)).toEqual({
      manage: true,
      createDocuments: true,
    });
    expect(communityPermissions({ myRole: 'editor' }, member)).toEqual({
      manage: false,
      createDocuments: true,
    });
    expect(communityPermissions({ myRole: 'commenter' }, member)).toEqual({
      manage: false,
      createDocuments: false,
    });
    expect(communityPermissions({ myRole: 'reader' }, member)).toEqual({
      manage: false,
      createDocuments: false,
    });
  });

  it('lets an instance admin who is not a member manage', () => {
    expect(communityPermissions({ myRole: null }, { isAdmin: true })).toEqual({
      manage: true,
      createDocuments: true,
    });
    expect(communityPermissions({ myRole: null }, { isAdmin: false })).toEqual({
      manage: false,
      createDocuments: false,
    });
  });
});
