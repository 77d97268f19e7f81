import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import type { CommunityView, CurrentUser } from '@kring/shared';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { AddMemberForm } from './AddMemberForm.js';
import { MemberRow } from './MemberRow.js';

/** Props of {@link MembersSection}. */
export interface MembersSectionProps {
  readonly community: CommunityView;
  readonly user: CurrentUser;
  /** Owners (and admins) change roles, remove and add members. */
  readonly canManage: boolean;
}

/** The members table; owners can change roles, remove members and add existing accounts. */
export function MembersSection({ community, user, canManage }: MembersSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { slug } = community;
  const load = useCallback(() => api.members.list(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  const [announcement, setAnnouncement] = useState('');
  const done = (message: string) => {
    setAnnouncement(message);
    reload();
  };

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('members.heading')}
      </Heading>
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
      <ResourceView resource={resource} reload={reload}>
        {(members) => {
          const showEmail = members.some((member) => member.user.email !== undefined);
          return (
            <div className="kring-table-container">
              <table className="kring-table">
                <caption className="kring-table__caption">
                  {t('members.caption', { community: community.name })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('members.name')}</th>
                    <th scope="col">{t('members.organisation')}</th>
                    {showEmail && <th scope="col">{t('members.email')}</th>}
                    <th scope="col">{t('members.role')}</th>
                    {canManage && <th scope="col">{t('members.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {members.map((member) => (
                    <MemberRow
                      key={member.user.id}
                      slug={slug}
                      communityName={community.name}
                      member={member}
                      isSelf={member.user.id === user.id}
                      showEmail={showEmail}
                      canManage={canManage}
                      onChanged={done}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </ResourceView>
      {canManage && <AddMemberForm slug={slug} onAdded={done} />}
    </section>
  );
}
