import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CurrentUser } from '@kring/shared';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { AppLink } from '../../routing/AppLink.js';
import { auditPath } from '../../routing/paths.js';
import { communityPermissions } from '../../session/permissions.js';
import { NotFoundPage } from '../notFound/NotFoundPage.js';
import { DocumentsSection } from './DocumentsSection.js';
import { InvitationsSection } from './InvitationsSection.js';
import { MembersSection } from './MembersSection.js';

/** Props of {@link CommunityPage}. */
export interface CommunityPageProps {
  readonly slug: string;
  readonly user: CurrentUser;
}

/** A community: its documents, its members and, for owners, invitations and the audit log. */
export function CommunityPage({ slug, user }: CommunityPageProps) {
  const { t } = useTranslation();
  const auditHeadingId = useId();
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
        {(community) => {
          const can = communityPermissions(community, user);
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
              <DocumentsSection slug={slug} canCreate={can.createDocuments} />
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
        }}
      </ResourceView>
    </div>
  );
}
