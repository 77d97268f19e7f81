import { describe, expect, it } from 'vitest';
import { mayUseTab, usableTabs } from './settingsTabs.js';

describe('settings tabs', () => {
  it('shows owners every tab, in order', () => {
    expect(usableTabs({ manage: true, createDocuments: true })).toEqual([
      'members',
      'invitations',
      'transfer',
      'trash',
      'audit',
    ]);
  });

  it('shows editors members, import/export and the trash', () => {
    expect(usableTabs({ manage: false, createDocuments: true })).toEqual([
      'members',
      'transfer',
      'trash',
    ]);
  });

  it('keeps invitations and the audit log from readers', () => {
    const reader = { manage: false, createDocuments: false };
    expect(usableTabs(reader)).toEqual(['members', 'transfer']);
    expect(mayUseTab('audit', reader)).toBe(false);
    expect(mayUseTab('invitations', reader)).toBe(false);
  });
});
