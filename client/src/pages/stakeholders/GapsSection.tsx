import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { INACTIVE_AFTER_DAYS, type StakeholderMapView } from '@kring/shared';
import { DateTime } from '../../components/DateTime.js';
import { AppLink } from '../../routing/AppLink.js';
import { personPath } from '../../routing/paths.js';
import { organisationTypeLabel } from '../../i18n/organisationType.js';
import { memberNames } from './mapView.js';

/** Props of {@link GapsSection}. */
export interface GapsSectionProps {
  readonly view: StakeholderMapView;
}

/**
 * Where the community is thin: topics that only one person covers, organisation types nobody
 * represents, and members who have not been active for months.
 */
export function GapsSection({ view }: GapsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { singlePersonTopics, missingTypes, inactiveMembers } = view.gaps;
  const names = memberNames(view);
  return (
    <section className="kring-section kring-map-gaps" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('stakeholders.gaps.heading')}
      </Heading>
      <div className="kring-map-gaps__groups">
        <GapGroup
          heading={t('stakeholders.gaps.singleTopics')}
          empty={t('stakeholders.gaps.noSingleTopics')}
        >
          {singlePersonTopics.map(({ topic, userId }) => (
            <li key={topic}>
              <span className="kring-badge">{topic}</span> {t('stakeholders.gaps.onlyBy')}{' '}
              <AppLink to={personPath(userId)}>{names.get(userId) ?? userId}</AppLink>
            </li>
          ))}
        </GapGroup>
        <GapGroup
          heading={t('stakeholders.gaps.missingTypes')}
          empty={t('stakeholders.gaps.noMissingTypes')}
        >
          {missingTypes.map((type) => (
            <li key={type} className={`kring-map-type--${type}`}>
              <span className="kring-map-swatch" aria-hidden="true" />
              {organisationTypeLabel(t, type)}
            </li>
          ))}
        </GapGroup>
        <GapGroup
          heading={t('stakeholders.gaps.inactive', { days: INACTIVE_AFTER_DAYS })}
          empty={t('stakeholders.gaps.noInactive')}
        >
          {inactiveMembers.map((member) => (
            <li key={member.userId}>
              <AppLink to={personPath(member.userId)}>{member.name}</AppLink>{' '}
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
        </GapGroup>
      </div>
    </section>
  );
}

function GapGroup({
  heading,
  empty,
  children,
}: {
  heading: string;
  empty: string;
  children: ReactNode[];
}) {
  const headingId = useId();
  return (
    <section className="kring-map-gaps__group" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {heading}
      </Heading>
      {children.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ul className="kring-map-gaps__list">{children}</ul>
      )}
    </section>
  );
}
