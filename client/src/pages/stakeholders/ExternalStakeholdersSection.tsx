import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { StakeholderMapView } from '@kring/shared';
import { AddStakeholderForm } from './AddStakeholderForm.js';
import { ExternalStakeholderItem } from './ExternalStakeholderItem.js';
import { externalStakeholders, stakeholderName } from './mapView.js';

/** Props of {@link ExternalStakeholdersSection}. */
export interface ExternalStakeholdersSectionProps {
  readonly slug: string;
  readonly view: StakeholderMapView;
  /** Loads the map again after a change. */
  readonly onChanged: () => void;
}

/** For owners: the stakeholders they added who are not members, and a form to add one. */
export function ExternalStakeholdersSection({
  slug,
  view,
  onChanged,
}: ExternalStakeholdersSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [announcement, setAnnouncement] = useState('');
  const stakeholders = externalStakeholders(view);
  const changed = (message: string) => {
    setAnnouncement(message);
    onChanged();
  };
  return (
    <section className="kring-section kring-map-external" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('stakeholders.external.heading')}
      </Heading>
      <Paragraph>{t('stakeholders.external.intro')}</Paragraph>
      {stakeholders.length === 0 ? (
        <Paragraph>{t('stakeholders.external.empty')}</Paragraph>
      ) : (
        <ul className="kring-map-external__list" aria-labelledby={headingId}>
          {stakeholders.map((stakeholder) => (
            <ExternalStakeholderItem
              key={stakeholder.id}
              slug={slug}
              stakeholder={stakeholder}
              onRemoved={changed}
            />
          ))}
        </ul>
      )}
      <p className="kring-announcement" role="status">
        {announcement}
      </p>
      <AddStakeholderForm
        slug={slug}
        onAdded={(stakeholder) =>
          changed(t('stakeholders.external.added', { name: stakeholderName(stakeholder) }))
        }
      />
    </section>
  );
}
