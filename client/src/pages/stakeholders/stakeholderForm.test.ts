import { describe, expect, it } from 'vitest';
import { createStakeholderRequestSchema } from '@kring/shared';
import { EMPTY_STAKEHOLDER_FORM, stakeholderRequest } from './stakeholderForm.js';

describe('stakeholder form', () => {
  it('makes a request the server accepts from filled-in values', () => {
    const request = stakeholderRequest({
      ...EMPTY_STAKEHOLDER_FORM,
      organisationName: 'Gemeente Utrecht',
      organisationType: 'municipality',
      contactEmail: ' anna@utrecht.example ',
      topics: 'privacy, open data',
    });
    const parsed = createStakeholderRequestSchema.safeParse(request);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      contactEmail: 'anna@utrecht.example',
      topics: ['privacy', 'open data'],
    });
  });

  it('lets the schema reject a missing name and a bad email', () => {
    const parsed = createStakeholderRequestSchema.safeParse(
      stakeholderRequest({ ...EMPTY_STAKEHOLDER_FORM, contactEmail: 'not an email' }),
    );
    expect(parsed.success).toBe(false);
    const fields = parsed.error?.issues.map((issue) => issue.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['organisationName', 'contactEmail']));
  });
});
