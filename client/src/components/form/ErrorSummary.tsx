import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** One entry of an {@link ErrorSummary}: a field's error, or a general one (no field). */
export interface SummaryError {
  /** Id of the control to move to, or null for a problem not tied to one field. */
  readonly fieldId: string | null;
  readonly message: string;
}

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  readonly errors: readonly SummaryError[];
  /** Changes on every submit attempt, so that the summary takes focus again. */
  readonly attempt: number;
}

/**
 * The list of problems above a form after a failed submit. It takes focus, so screen readers
 * read it at once; each field error links to its field.
 */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);

  if (errors.length === 0) return null;
  const goTo = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    event.preventDefault();
    document.getElementById(fieldId)?.focus();
  };
  return (
    <div
      className="kring-error-summary"
      ref={ref}
      role="group"
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <h2 className="kring-error-summary__heading" id={headingId}>
        {t('form.summaryHeading')}
      </h2>
      <ul className="kring-error-summary__list">
        {errors.map(({ fieldId, message }) => (
          <li key={`${fieldId ?? ''}:${message}`}>
            {fieldId === null ? (
              message
            ) : (
              <a className="nl-link" href={`#${fieldId}`} onClick={(event) => goTo(event, fieldId)}>
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
