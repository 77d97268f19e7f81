import type { TFunction } from 'i18next';
import type { OrganisationType } from '@kring/shared';

/** An organisation type in the interface language. */
export function typeLabel(t: TFunction, type: OrganisationType): string {
  return t(`stakeholders.types.${type}`);
}

/** An organisation's name, or a stand-in for members whose organisation is not given. */
export function organisationLabel(t: TFunction, name: string): string {
  return name.trim() === '' ? t('stakeholders.unnamed') : name;
}
