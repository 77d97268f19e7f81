import type { TFunction } from 'i18next';
/** An organisation's name, or a stand-in for members whose organisation is not given. */
export function organisationLabel(t: TFunction, name: string): string {
  return name.trim() === '' ? t('stakeholders.unnamed') : name;
}
