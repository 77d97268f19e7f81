import { describe, expect, it } from 'vitest';
import type { ExternalStakeholderView } from '@kring/shared';
import { assembleMap, type MemberFacts } from './assembleMap.js';

const member = (name: string, fields: Partial<MemberFacts> = {}): MemberFacts => ({
  userId: name.toLowerCase(),
  name,
  organisation: null,
  topics: [],
  lastActiveAt: '2026-03-01T00:00:00.000Z',
  ...fields,
});

const contact = (organisationName: string, fields: Partial<ExternalStakeholderView> = {}) => ({
  id: organisationName,
  organisationName,
  organisationType: 'company' as const,
  contactName: '',
  contactEmail: '',
  topics: [],
  note: '',
  addedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

describe('assembleMap', () => {
  it('puts a stakeholder under the organisation of the same name, whatever the case', () => {
    const view = assembleMap(
      [member('An', { organisation: { id: null, name: 'Acme', type: 'other' } })],
      [contact('ACME', { topics: ['Wonen'] })],
      '2026-01-01T00:00:00.000Z',
    );
    expect(view.organisations).toHaveLength(1);
    // The owner classified it; the account's free text could not.
    expect(view.organisations[0]).toMatchObject({
      name: 'Acme',
      type: 'company',
      topics: ['Wonen'],
    });
  });

  it('merges topics that differ only in case, spelled as first seen', () => {
    const view = assembleMap(
      [
        member('An', { topics: ['Privacy', 'privacy ', ''] }),
        member('Bo', { topics: ['PRIVACY'] }),
      ],
      [],
      '2026-01-01T00:00:00.000Z',
    );
    expect(view.topics).toEqual([{ topic: 'Privacy', userIds: ['an', 'bo'] }]);
    expect(view.gaps.singlePersonTopics).toEqual([]);
  });

  it('counts members without an organisation for no type, and lists the inactive', () => {
    const view = assembleMap(
      [member('An'), member('Bo', { lastActiveAt: '2025-06-01T00:00:00.000Z' })],
      [],
      '2026-01-01T00:00:00.000Z',
    );
    expect(view.gaps.missingTypes).toContain('other');
    expect(view.gaps.inactiveMembers.map((m) => m.name)).toEqual(['Bo']);
  });
});
