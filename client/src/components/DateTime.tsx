import { useTranslation } from 'react-i18next';

/** Props of {@link DateTime}. */
export interface DateTimeProps {
  /** ISO 8601 timestamp. */
  readonly value: string;
  /** Show only the date. */
  readonly dateOnly?: boolean;
}

/** A timestamp in the interface language, as a `<time>` element. */
export function DateTime({ value, dateOnly }: DateTimeProps) {
  const { i18n } = useTranslation();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <>{value}</>;
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    dateStyle: 'medium',
    ...(dateOnly ? {} : { timeStyle: 'short' }),
  });
  return <time dateTime={date.toISOString()}>{format.format(date)}</time>;
}
