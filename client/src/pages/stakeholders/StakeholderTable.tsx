import { useTranslation } from 'react-i18next';
import type { StakeholderOrganisationView } from '@kring/shared';
import { AppLink } from '../../routing/AppLink.js';
import { personPath } from '../../routing/paths.js';
import { organisationTypeLabel } from '../../i18n/organisationType.js';
import { organisationLabel } from './labels.js';
import { organisationKey } from './mapView.js';

/** Props of {@link StakeholderTable}. */
export interface StakeholderTableProps {
  readonly communityName: string;
  readonly organisations: readonly StakeholderOrganisationView[];
}

/** The graph as a table: one row per organisation with its type, members, contacts, topics. */
export function StakeholderTable({ communityName, organisations }: StakeholderTableProps) {
  const { t } = useTranslation();
  return (
    <div className="kring-table-container">
      <table className="kring-table kring-map-table">
        <caption className="kring-table__caption">
          {t('stakeholders.table.caption', { community: communityName })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('stakeholders.table.organisation')}</th>
            <th scope="col">{t('stakeholders.table.type')}</th>
            <th scope="col">{t('stakeholders.table.members')}</th>
            <th scope="col">{t('stakeholders.table.contacts')}</th>
            <th scope="col">{t('stakeholders.table.topics')}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((organisation) => (
            <tr key={organisationKey(organisation)}>
              <th scope="row">{organisationLabel(t, organisation.name)}</th>
              <td>{organisationTypeLabel(t, organisation.type)}</td>
              <td>
                <ul className="kring-map-table__list">
                  {organisation.members.map((member) => (
                    <li key={member.userId}>
                      <AppLink to={personPath(member.userId)}>{member.name}</AppLink>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <ul className="kring-map-table__list">
                  {organisation.contacts.map((contact) => (
                    <li key={contact.id}>
                      {contact.contactName === ''
                        ? t('stakeholders.details.noContactName')
                        : contact.contactName}
                    </li>
                  ))}
                </ul>
              </td>
              <td>{organisation.topics.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
