import type { CreateStakeholderRequest, OrganisationType } from '@kring/shared';
import { splitList } from '../../forms/listText.js';

/** The add-stakeholder form's fields as typed (topics as one comma-separated text). */
export type StakeholderFormValues = {
  readonly organisationName: string;
  readonly organisationType: OrganisationType;
  readonly contactName: string;
  readonly contactEmail: string;
  readonly topics: string;
  readonly note: string;
};

/** A fresh form. */
export const EMPTY_STAKEHOLDER_FORM: StakeholderFormValues = {
  organisationName: '',
  organisationType: 'other',
  contactName: '',
  contactEmail: '',
  topics: '',
  note: '',
};

/** The request the form's values stand for, before validation. */
export function stakeholderRequest(values: StakeholderFormValues): CreateStakeholderRequest {
  return {
    organisationName: values.organisationName,
    organisationType: values.organisationType,
    contactName: values.contactName,
    contactEmail: values.contactEmail.trim(),
    topics: splitList(values.topics),
    note: values.note,
  };
}
