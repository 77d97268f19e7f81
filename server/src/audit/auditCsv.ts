import type { AuditRecord } from '../storage/meta/records.js';

/** Column headings of the audit CSV export. */
export const AUDIT_CSV_HEADER = [
  'id',
  'time',
  'action',
  'actor_id',
  'actor_name',
  'community_id',
  'document_id',
  'subject_user_id',
  'details',
  'ip',
];

/**
 * One CSV field: quoted when needed, and defused when it starts like a spreadsheet formula
 * (`=`, `+`, `-`, `@`, tab, CR), since audit fields contain names people chose themselves.
 */
export function csvField(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

/** One audit entry as a CSV line (with CRLF, as RFC 4180 says). */
export function auditCsvLine(entry: AuditRecord, actorName: string): string {
  const details = Object.entries(entry.details)
    .map(([key, value]) => `${key}=${value}`)
    .join('; ');
  return `${[
    entry.id,
    entry.at,
    entry.action,
    entry.actorId ?? '',
    actorName,
    entry.communityId ?? '',
    entry.documentId ?? '',
    entry.subjectUserId ?? '',
    details,
    entry.ip ?? '',
  ]
    .map(csvField)
    .join(',')}\r\n`;
}
