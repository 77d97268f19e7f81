import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationTypeLabel } from '../../i18n/organisationType.js';
import type { ProfileView } from '@kring/shared';

/** Props of {@link ProfileFacts}. */
export interface ProfileFactsProps {
  readonly profile: ProfileView;
}

/**
 * Organisation, function, bio, how to reach them and languages, as a description list; a field
 * its owner hid (or left empty) is left out.
 */
export function ProfileFacts({ profile }: ProfileFactsProps) {
  const { t } = useTranslation();
  const organisation =
    profile.organisation === ''
      ? ''
      : profile.organisationType === null
        ? profile.organisation
        : `${profile.organisation} (${organisationTypeLabel(t, profile.organisationType)})`;
  const facts: [string, ReactNode][] = [
    [t('profile.fields.organisation'), organisation],
    [t('profile.fields.function'), profile.function],
    [t('profile.fields.bio'), profile.bio],
    [t('profile.fields.contact'), profile.contact],
    [t('profile.fields.languages'), profile.languages.join(', ')],
  ];
  const shown = facts.filter(([, value]) => value !== '');
  if (shown.length === 0) return <p className="kring-hint">{t('people.person.noDetails')}</p>;
  return (
    <dl className="kring-facts">
      {shown.map(([label, value]) => (
        <div key={label} className="kring-facts__row">
          <dt className="kring-facts__label">{label}</dt>
          <dd className="kring-facts__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
