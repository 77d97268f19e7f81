import { useId, type ReactNode } from 'react';

/** Attributes that tie an input to its label, hint and error. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

/** Props of {@link FormField}. */
export interface FormFieldProps {
  /** Id of the control; the error summary links to it. */
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** Inline error; the control is marked invalid while it is set. */
  readonly error?: string | null | undefined;
  /** Renders the control with the given attributes. */
  readonly children: (control: FieldControlProps) => ReactNode;
}

/**
 * One form field in the NL Design System pattern: label, optional hint, optional inline error
 * (linked with `aria-describedby`, control `aria-invalid`), then the control.
 */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  const hintId = useId();
  const errorId = useId();
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'kring-field kring-field--invalid' : 'kring-field'}>
      <label className="kring-form__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="kring-form__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="kring-form__error" id={errorId}>
          {error}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
        'aria-invalid': error ? true : undefined,
      })}
    </div>
  );
}
