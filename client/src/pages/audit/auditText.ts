/** Translation key of an audit action (`member.role_changed` → `audit.actions.member_role_changed`). */
export function auditActionKey(action: string): string {
  return `audit.actions.${action.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Details of an audit entry as one line, `key: value` pairs and the IP address, sorted by key. */
export function formatAuditDetails(
  details: Readonly<Record<string, string>>,
  ip: string | null,
): string {
  const parts = Object.entries(details)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}: ${value}`);
  if (ip !== null) parts.push(`IP: ${ip}`);
  return parts.join(', ');
}
