import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CreatedInvitation } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { CopyField } from '../../components/CopyField.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { CreateInvitationForm } from './CreateInvitationForm.js';
import { InvitationTable } from './InvitationTable.js';

/** Props of {@link InvitationsSection}. */
export interface InvitationsSectionProps {
  readonly slug: string;
}

/** For owners: create an invitation link (shown once), list and revoke open invitations. */
export function InvitationsSection({ slug }: InvitationsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const load = useCallback(() => api.invitations.list(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [announcement, setAnnouncement] = useState('');

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('invitations.heading')}
      </Heading>
      <Paragraph>{t('invitations.intro')}</Paragraph>
      <CreateInvitationForm
        slug={slug}
        onCreated={(invitation) => {
          setCreated(invitation);
          reload();
        }}
      />
      {created !== null && (
        <Alert type="ok" className="kring-created">
          <CopyField
            label={t('invitations.link')}
            hint={t('invitations.linkHint')}
            value={created.url}
            copyLabel={t('invitations.copyLink')}
          />
        </Alert>
      )}
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
      <ResourceView resource={resource} reload={reload}>
        {(invitations) =>
          invitations.length === 0 ? (
            <Paragraph>{t('invitations.empty')}</Paragraph>
          ) : (
            <InvitationTable
              slug={slug}
              invitations={invitations}
              onRevoked={(message) => {
                setAnnouncement(message);
                reload();
              }}
            />
          )
        }
      </ResourceView>
    </section>
  );
}
