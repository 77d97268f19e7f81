import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CommunityView, CurrentUser } from '@kring/shared';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { AppLink } from '../../routing/AppLink.js';
import { auditPath } from '../../routing/paths.js';
import { communityPermissions } from '../../session/permissions.js';
import { NotFoundPage } from '../notFound/NotFoundPage.js';
import { ChangesSection } from './ChangesSection.js';
import { FilesSection } from './FilesSection.js';
import { InvitationsSection } from './InvitationsSection.js';
import { MembersSection } from './MembersSection.js';
import { PagesSection } from './PagesSection.js';
import { TransferSection } from './TransferSection.js';
import { TrashSection } from './TrashSection.js';

/** Props of {@link CommunityPage}. */
export interface CommunityPageProps {
  readonly slug: string;
  readonly user: CurrentUser;
  /** Show only the pages with this tag at first (`?tag=`). */
  readonly initialTag?: string | null;
}

/**
 * A community: its page tree, what changed since the last visit, its files, import and export,
 * the trash, its members and, for owners, invitations and the audit log.
 */
export function CommunityPage({ slug, user, initialTag = null }: CommunityPageProps) {
  const { t } = useTranslation();
  const load = useCallback(() => api.communities.get(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  useDocumentTitle(
    t('community.pageTitle', {
      community: resource.status === 'ready' ? resource.data.name : slug,
    }),
  );

  if (resource.status === 'error' && resource.error.code === 'not_found') return <NotFoundPage />;
  return (
    <div className="kring-page">
      <ResourceView resource={resource} reload={reload}>
        {(community) => (
          <CommunityContent community={community} user={user} initialTag={initialTag} />
        )}
      </ResourceView>
    </div>
  );
}

interface CommunityContentProps {
  readonly community: CommunityView;
  readonly user: CurrentUser;
  readonly initialTag: string | null;
}

function CommunityContent({ community, user, initialTag }: CommunityContentProps) {
  const { t } = useTranslation();
  const auditHeadingId = useId();
  const { slug } = community;
  const can = communityPermissions(community, user);
  const loadPages = useCallback(() => api.communities.documents(slug), [slug]);
  const pages = useApiResource(loadPages);
  const reloadPages = pages.reload;

  return (
    <>
      <Heading level={1}>{community.name}</Heading>
      {community.description !== '' && (
        <Paragraph purpose="lead" className="kring-prewrap">
          {community.description}
        </Paragraph>
      )}
      <Paragraph>
        {community.myRole === null
          ? t('home.communities.admin')
          : t('home.communities.role', { role: t(`roles.${community.myRole}`) })}
      </Paragraph>
      <PagesSection
        community={community}
        pages={pages}
        canCreate={can.createDocuments}
        initialTag={initialTag}
      />
      <ChangesSection slug={slug} />
      <FilesSection
        slug={slug}
        communityName={community.name}
        canUpload={can.createDocuments}
        pages={pages.resource.status === 'ready' ? pages.resource.data : []}
      />
      <TransferSection
        slug={slug}
        communityName={community.name}
        pages={pages.resource.status === 'ready' ? pages.resource.data : []}
        canImport={can.createDocuments}
        onImported={reloadPages}
      />
      <TrashSection slug={slug} onRestored={reloadPages} />
      <MembersSection community={community} user={user} canManage={can.manage} />
      {can.manage && <InvitationsSection slug={slug} />}
      {can.manage && (
        <section className="kring-section" aria-labelledby={auditHeadingId}>
          <Heading level={2} id={auditHeadingId}>
            {t('audit.heading')}
          </Heading>
          <Paragraph>
            <AppLink to={auditPath(slug)}>{t('audit.open')}</AppLink>
          </Paragraph>
        </section>
      )}
    </>
  );
}
