import type { CreateStakeholderRequest, OrganisationType } from '@kring/shared';

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

/** Splits "privacy, open data;archives" into topics (commas or semicolons; blanks dropped). */
export function splitTopics(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((topic) => topic.trim())
    .filter((topic) => topic !== '');
}

/** The request the form's values stand for, before validation. */
export function stakeholderRequest(values: StakeholderFormValues): CreateStakeholderRequest {
  return {
    organisationName: values.organisationName,
    organisationType: values.organisationType,
    contactName: values.contactName,
    contactEmail: values.contactEmail.trim(),
    topics: splitTopics(values.topics),
    note: values.note,
  };
}
