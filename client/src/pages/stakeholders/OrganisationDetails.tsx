import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { StakeholderOrganisationView } from '@kring/shared';
import { DateTime } from '../../components/DateTime.js';
import { AppLink } from '../../routing/AppLink.js';
import { personPath } from '../../routing/paths.js';
import { organisationTypeLabel } from '../../i18n/organisationType.js';
import { organisationLabel } from './labels.js';
import { sharedTopics, type TopicPair } from './topicLinks.js';

/** Props of {@link OrganisationDetails}. */
export interface OrganisationDetailsProps {
  /** The organisation chosen in the graph; null before one is chosen. */
  readonly organisation: StakeholderOrganisationView | null;
  /** Every organisation on the map, to name those it shares topics with. */
  readonly organisations: readonly StakeholderOrganisationView[];
  readonly topicPairs: readonly TopicPair[];
  readonly headingId: string;
}

/**
 * The chosen organisation: its type, members (with links to their pages), contacts, topics, and
 * the other organisations it shares topics with (what the graph's curves show).
 */
export function OrganisationDetails({
  organisation,
  organisations,
  topicPairs,
  headingId,
}: OrganisationDetailsProps) {
  const { t } = useTranslation();
  if (organisation === null) {
    return (
      <section className="kring-map-details" aria-labelledby={headingId}>
        <Heading level={3} id={headingId}>
          {t('stakeholders.details.heading')}
        </Heading>
        <Paragraph>{t('stakeholders.details.choose')}</Paragraph>
      </section>
    );
  }
  const shared = sharedTopics(topicPairs);
  return (
    <section className="kring-map-details" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {organisationLabel(t, organisation.name)}
      </Heading>
      <p className={`kring-map-details__type kring-map-type--${organisation.type}`}>
        <span className="kring-map-swatch" aria-hidden="true" />
        {t('stakeholders.details.type', { type: organisationTypeLabel(t, organisation.type) })}
      </p>

      <h4 className="kring-map-details__subheading">{t('stakeholders.details.members')}</h4>
      {organisation.members.length === 0 ? (
        <p className="kring-hint">{t('stakeholders.details.noMembers')}</p>
      ) : (
        <ul className="kring-map-details__list">
          {organisation.members.map((member) => (
            <li key={member.userId}>
              <AppLink to={personPath(member.userId)}>{member.name}</AppLink>
              {member.topics.length > 0 && (
                <span className="kring-map-details__topics"> — {member.topics.join(', ')}</span>
              )}
              <span className="kring-map-details__meta">
                {member.lastActiveAt === null ? (
                  t('stakeholders.details.neverActive')
                ) : (
                  <>
                    {t('stakeholders.details.lastActive')}{' '}
                    <DateTime value={member.lastActiveAt} dateOnly />
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h4 className="kring-map-details__subheading">{t('stakeholders.details.contacts')}</h4>
      {organisation.contacts.length === 0 ? (
        <p className="kring-hint">{t('stakeholders.details.noContacts')}</p>
      ) : (
        <ul className="kring-map-details__list">
          {organisation.contacts.map((contact) => (
            <li key={contact.id}>
              {contact.contactName === ''
                ? t('stakeholders.details.noContactName')
                : contact.contactName}
              {contact.contactEmail !== '' && (
                <>
                  {' '}
                  <a className="nl-link" href={`mailto:${contact.contactEmail}`}>
                    {contact.contactEmail}
                  </a>
                </>
              )}
              {contact.topics.length > 0 && (
                <span className="kring-map-details__topics"> — {contact.topics.join(', ')}</span>
              )}
              {contact.note !== '' && (
                <span className="kring-map-details__meta kring-prewrap">{contact.note}</span>
              )}
            </li>
          ))}
        </ul>
      )}

      <h4 className="kring-map-details__subheading">{t('stakeholders.details.topics')}</h4>
      {organisation.topics.length === 0 ? (
        <p className="kring-hint">{t('stakeholders.details.noTopics')}</p>
      ) : (
        <ul className="kring-map-topics">
          {organisation.topics.map((topic) => (
            <li key={topic} className="kring-badge">
              {topic}
            </li>
          ))}
        </ul>
      )}

      <h4 className="kring-map-details__subheading">{t('stakeholders.details.sharedWith')}</h4>
      {shared.length === 0 ? (
        <p className="kring-hint">{t('stakeholders.details.sharesNothing')}</p>
      ) : (
        <ul className="kring-map-details__list">
          {shared.map(({ organisation: index, topics }) => (
            <li key={index}>
              {organisationLabel(t, organisations[index]?.name ?? '')}
              <span className="kring-map-details__topics"> — {topics.join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
