import type { StakeholderMapView } from '@kring/shared';
import { csvField } from '../audit/auditCsv.js';

/** Column headings of the stakeholder CSV export. */
export const STAKEHOLDER_CSV_HEADER = ['organisation', 'type', 'person', 'kind', 'topics', 'email'];

/**
 * A stakeholder map as CSV (RFC 4180, CRLF, formula-like cells defused): one row per
 * organisation × member or contact. Contacts' emails only when `withEmail` (owners).
 */
export function stakeholderCsv(view: StakeholderMapView, withEmail: boolean): string {
  const rows: string[][] = [STAKEHOLDER_CSV_HEADER];
  for (const organisation of view.organisations) {
    // Members who hid or never gave their organisation have neither a name nor a type here.
    const type = organisation.name === '' ? '' : organisation.type;
    for (const member of organisation.members) {
      rows.push([organisation.name, type, member.name, 'member', member.topics.join('; '), '']);
    }
    for (const contact of organisation.contacts) {
      rows.push([
        organisation.name,
        type,
        contact.contactName,
        'contact',
        contact.topics.join('; '),
        withEmail ? contact.contactEmail : '',
      ]);
    }
  }
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
