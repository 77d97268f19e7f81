import type { CommunityPermissions } from '../../../session/permissions.js';
import { SETTINGS_TABS, type SettingsTab } from '../../../routing/routes.js';

/**
 * Whether a person may use a settings tab: members and import/export are for every member (import
 * itself only for editors, which the tab says), the trash for those who create pages, invitations
 * and the audit log for those who manage the community.
 */
export function mayUseTab(tab: SettingsTab, can: CommunityPermissions): boolean {
  switch (tab) {
    case 'members':
    case 'transfer':
      return true;
    case 'trash':
      return can.createDocuments;
    case 'invitations':
    case 'audit':
      return can.manage;
  }
}

/** The tabs a person may use, in the order they are shown. */
export function usableTabs(can: CommunityPermissions): SettingsTab[] {
  return SETTINGS_TABS.filter((tab) => mayUseTab(tab, can));
}
