import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CommunityView, CurrentUser } from '@kring/shared';
import { api } from '../../../api/api.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import type { SettingsTab } from '../../../routing/routes.js';
import { communityPermissions, type CommunityPermissions } from '../../../session/permissions.js';
import { refreshPageTree } from '../../../shell/pageTreeRefresh.js';
import { AuditLog } from '../../audit/AuditLog.js';
import { CommunityFrame } from '../CommunityFrame.js';
import { CommunityHeader } from '../CommunityHeader.js';
import { InvitationsSection } from '../InvitationsSection.js';
import { MembersSection } from '../MembersSection.js';
import { TransferSection } from '../TransferSection.js';
import { TrashSection } from '../TrashSection.js';
import { SettingsTabs } from './SettingsTabs.js';
import { mayUseTab, usableTabs } from './settingsTabs.js';

/** Props of {@link CommunitySettingsPage}. */
export interface CommunitySettingsPageProps {
  readonly slug: string;
  readonly user: CurrentUser;
  readonly tab: SettingsTab;
}

/**
 * `/c/:slug/settings/:tab` (and `/c/:slug/audit`): a community's administration, one tab at a
 * time — members, invitations, import and export, trash, audit log. Only the tabs the person may
 * use are shown; the address of another one says so instead of showing it.
 */
export function CommunitySettingsPage({ slug, user, tab }: CommunitySettingsPageProps) {
  const { t } = useTranslation();
  return (
    <CommunityFrame
      slug={slug}
      className="kring-community"
      title={(community) =>
        t('communityScreens.settings.pageTitle', {
          community,
          tab: t(`communityScreens.settings.tabs.${tab}`),
        })
      }
    >
      {(community) => <Settings community={community} user={user} tab={tab} />}
    </CommunityFrame>
  );
}

interface SettingsProps {
  readonly community: CommunityView;
  readonly user: CurrentUser;
  readonly tab: SettingsTab;
}

function Settings({ community, user, tab }: SettingsProps) {
  const { t } = useTranslation();
  const notAllowedId = useId();
  const can = communityPermissions(community, user);
  return (
    <>
      <CommunityHeader community={community} screen={t('communityScreens.settings.heading')}>
        <SettingsTabs
          slug={community.slug}
          communityName={community.name}
          tabs={usableTabs(can)}
          current={tab}
        />
      </CommunityHeader>
      {mayUseTab(tab, can) ? (
        <TabContent community={community} user={user} tab={tab} can={can} />
      ) : (
        <section className="kring-section" aria-labelledby={notAllowedId}>
          <Heading level={2} id={notAllowedId}>
            {t(`communityScreens.settings.tabs.${tab}`)}
          </Heading>
          <Paragraph>{t(`communityScreens.settings.notAllowed.${tab}`)}</Paragraph>
        </section>
      )}
    </>
  );
}

interface TabContentProps extends SettingsProps {
  readonly can: CommunityPermissions;
}

function TabContent({ community, user, tab, can }: TabContentProps) {
  const { slug, name } = community;
  switch (tab) {
    case 'members':
      return <MembersSection community={community} user={user} canManage={can.manage} />;
    case 'invitations':
      return <InvitationsSection slug={slug} />;
    case 'transfer':
      return <Transfer community={community} canImport={can.createDocuments} />;
    case 'trash':
      return <TrashSection slug={slug} onRestored={refreshPageTree} />;
    case 'audit':
      return <AuditLog slug={slug} communityName={name} />;
  }
}

/** Import and export need the page list (to import under a page, to export one). */
function Transfer({ community, canImport }: { community: CommunityView; canImport: boolean }) {
  const { slug } = community;
  const load = useCallback(() => api.communities.documents(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  return (
    <TransferSection
      slug={slug}
      communityName={community.name}
      pages={resource.status === 'ready' ? resource.data : []}
      canImport={canImport}
      onImported={() => {
        reload();
        refreshPageTree();
      }}
    />
  );
}
