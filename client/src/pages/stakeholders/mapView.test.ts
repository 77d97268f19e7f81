import { describe, expect, it } from 'vitest';
import type { StakeholderMapView } from '@kring/shared';
import {
  externalStakeholders,
  isEmptyMap,
  memberNames,
  organisationKey,
  stakeholderName,
} from './mapView.js';

const contact = {
  id: 's1',
  organisationName: 'Rijkswaterstaat',
  organisationType: 'agency' as const,
  contactName: 'Dirk',
  contactEmail: '',
  topics: [],
  note: '',
  addedAt: '2026-12-01T00:00:00.000Z',
};
const view = (organisations: StakeholderMapView['organisations']): StakeholderMapView => ({
  organisations,
  topics: [],
  gaps: { singlePersonTopics: [], missingTypes: [], inactiveMembers: [] },
});

describe('map view helpers', () => {
  const map = view([
    {
      id: 'o1',
      name: 'Gemeente Utrecht',
      type: 'municipality',
      members: [{ userId: 'u1', name: 'Bram', topics: [], lastActiveAt: null }],
      contacts: [],
      topics: [],
    },
    {
      id: null,
      name: 'Rijkswaterstaat',
      type: 'agency',
      members: [],
      contacts: [contact],
      topics: [],
    },
  ]);

  it('keys organisations by record id, else by type and name', () => {
    expect(map.organisations.map(organisationKey)).toEqual([
      'id:o1',
      'name:agency:Rijkswaterstaat',
    ]);
  });

  it('finds added stakeholders and member names', () => {
    expect(externalStakeholders(map)).toEqual([contact]);
    expect(memberNames(map).get('u1')).toBe('Bram');
    expect(stakeholderName(contact)).toBe('Dirk (Rijkswaterstaat)');
    expect(stakeholderName({ ...contact, contactName: '' })).toBe('Rijkswaterstaat');
  });

  it('calls a map empty when nobody is on it', () => {
    expect(isEmptyMap(map)).toBe(false);
    expect(isEmptyMap(view([]))).toBe(true);
  });
});
