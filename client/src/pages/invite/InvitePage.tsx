import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { DateTime } from '../../components/DateTime.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useSession } from '../../hooks/useSession.js';
import { AppLink } from '../../routing/AppLink.js';
import { InvitationSignup } from './InvitationSignup.js';
import { JoinCommunity } from './JoinCommunity.js';

/** Props of {@link InvitePage}. */
export interface InvitePageProps {
  readonly token: string;
}

/**
 * An invitation link: says which community, which role and who invited, then lets a signed-in
 * person join, or anyone else create an account (or sign in first).
 */
export function InvitePage({ token }: InvitePageProps) {
  const { t } = useTranslation();
  const session = useSession();
  const loadPreview = useCallback(() => api.invitations.preview(token), [token]);
  const { resource, reload } = useApiResource(loadPreview);
  useDocumentTitle(
    resource.status === 'ready'
      ? t('invite.pageTitle', { community: resource.data.communityName })
      : t('invite.pageTitleGeneric'),
  );

  if (resource.status === 'error' && resource.error.code === 'invalid_token') {
    return (
      <div className="kring-page kring-page--narrow">
        <Heading level={1}>{t('invite.invalidHeading')}</Heading>
        <Paragraph>{t('invite.invalidBody')}</Paragraph>
        <Paragraph>
          <AppLink to="/">{t('invite.toHome')}</AppLink>
        </Paragraph>
      </div>
    );
  }

  return (
    <div className="kring-page kring-page--narrow">
      <ResourceView resource={resource} reload={reload}>
        {(preview) => (
          <>
            <Heading level={1}>{t('invite.heading', { community: preview.communityName })}</Heading>
            <Paragraph purpose="lead">
              {t('invite.summary', {
                inviter: preview.invitedBy,
                community: preview.communityName,
                role: t(`roles.${preview.role}`),
              })}
            </Paragraph>
            <Paragraph>
              {t('invite.validUntil')} <DateTime value={preview.expiresAt} />
            </Paragraph>
            {session.status === 'signed-in' ? (
              <JoinCommunity token={token} preview={preview} user={session.user} />
            ) : session.status === 'loading' ? (
              <Paragraph>{t('common.loading')}</Paragraph>
            ) : (
              <InvitationSignup token={token} preview={preview} />
            )}
          </>
        )}
      </ResourceView>
    </div>
  );
}
