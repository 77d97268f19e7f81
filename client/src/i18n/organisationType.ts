import type { TFunction } from 'i18next';
import type { OrganisationType } from '@kring/shared';

/** An organisation type (ministry, agency, …) in the interface language. */
export function organisationTypeLabel(t: TFunction, type: OrganisationType): string {
  return t(`organisations.types.${type}`);
}
