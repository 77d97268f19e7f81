import { useTranslation } from 'react-i18next';
import { isDocumentId, type AuditEntryView } from '@kring/shared';
import { DateTime } from '../../components/DateTime.js';
import { AppLink } from '../../routing/AppLink.js';
import { documentPath } from '@kring/shared';
import { auditActionKey, formatAuditDetails } from './auditText.js';

/** Props of {@link AuditTable}. */
export interface AuditTableProps {
  readonly entries: readonly AuditEntryView[];
  readonly caption: string;
  /** Titles of the pages the reader can open, by id; other pages show their id. */
  readonly titles?: ReadonlyMap<string, string>;
}

/** Audit entries: time, who, action, document, details. */
export function AuditTable({ entries, caption, titles }: AuditTableProps) {
  const { t } = useTranslation();
  return (
    <div className="kring-table-container">
      <table className="kring-table">
        <caption className="kring-table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.document')}</th>
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">
                <DateTime value={entry.at} />
              </th>
              <td>
                {entry.actor === null
                  ? t('audit.system')
                  : `${entry.actor.name} (${entry.actor.organisation})`}
              </td>
              <td>{t(auditActionKey(entry.action), { defaultValue: entry.action })}</td>
              <td>
                {entry.documentId !== null && isDocumentId(entry.documentId) ? (
                  <AppLink to={documentPath(entry.documentId)}>
                    {titles?.get(entry.documentId) ?? <code>{entry.documentId}</code>}
                  </AppLink>
                ) : (
                  ''
                )}
              </td>
              <td>{formatAuditDetails(entry.details, entry.ip)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
