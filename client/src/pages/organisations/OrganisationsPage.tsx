import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CurrentUser } from '@kring/shared';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { OrganisationForm } from './OrganisationForm.js';
import { OrganisationTable } from './OrganisationTable.js';

/** Props of {@link OrganisationsPage}. */
export interface OrganisationsPageProps {
  readonly user: CurrentUser;
}

/**
 * `/organisations`: the organisation records people link their profile to and the stakeholder
 * map groups by. Everyone signed in sees them; instance admins add, change and remove them.
 */
export function OrganisationsPage({ user }: OrganisationsPageProps) {
  const { t } = useTranslation();
  const addHeadingId = useId();
  const listHeadingId = useId();
  const load = useCallback(() => api.organisations.list(), []);
  const { resource, reload } = useApiResource(load);
  const [announcement, setAnnouncement] = useState('');
  useDocumentTitle(t('organisations.pageTitle'));
  const changed = (message: string) => {
    setAnnouncement(message);
    reload();
  };
  return (
    <div className="kring-page kring-page--narrow">
      <Heading level={1}>{t('organisations.heading')}</Heading>
      <Paragraph>
        {user.isAdmin ? t('organisations.introAdmin') : t('organisations.intro')}
      </Paragraph>
      {user.isAdmin && (
        <section className="kring-section" aria-labelledby={addHeadingId}>
          <Heading level={2} id={addHeadingId}>
            {t('organisations.addHeading')}
          </Heading>
          <OrganisationForm
            submitLabel={t('organisations.add')}
            onSubmit={async (request) => {
              await api.organisations.create(request);
              changed(t('organisations.added', { name: request.name }));
            }}
          />
        </section>
      )}
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
      <section className="kring-section" aria-labelledby={listHeadingId}>
        <Heading level={2} id={listHeadingId}>
          {t('organisations.listHeading')}
        </Heading>
        <ResourceView resource={resource} reload={reload}>
          {({ organisations }) =>
            organisations.length === 0 ? (
              <Paragraph className="kring-hint">{t('organisations.empty')}</Paragraph>
            ) : (
              <OrganisationTable
                organisations={organisations}
                canManage={user.isAdmin}
                onChanged={changed}
              />
            )
          }
        </ResourceView>
      </section>
    </div>
  );
}
