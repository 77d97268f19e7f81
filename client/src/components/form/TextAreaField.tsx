import { FormField } from './FormField.js';

/** Props of {@link TextAreaField}. */
export interface TextAreaFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | null | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength?: number;
  readonly rows?: number;
}

/** A labelled multi-line text field with hint and inline error. */
export function TextAreaField({ value, onChange, maxLength, rows, ...field }: TextAreaFieldProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <textarea
          {...control}
          className="kring-textbox kring-textarea"
          value={value}
          maxLength={maxLength}
          rows={rows ?? 3}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      )}
    </FormField>
  );
}
