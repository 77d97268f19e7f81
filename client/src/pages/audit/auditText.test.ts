import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '@kring/shared';
import en from '../../i18n/en.json';
import { auditActionKey, formatAuditDetails } from './auditText.js';

describe('audit text', () => {
  it('has a translation for every audit action', () => {
    const actions: Record<string, string> = en.audit.actions;
    for (const action of AUDIT_ACTIONS) {
      const key = auditActionKey(action).replace('audit.actions.', '');
      expect(actions[key], action).toBeTypeOf('string');
    }
  });

  it('formats details sorted by key, with the IP address last', () => {
    expect(formatAuditDetails({ role: 'editor', from: 'reader' }, '192.0.2.1')).toBe(
      'from: reader, role: editor, IP: 192.0.2.1',
    );
    expect(formatAuditDetails({}, null)).toBe('');
  });
});
