import type { InputHTMLAttributes, Ref } from 'react';
import { FormField } from './FormField.js';

type ExtraInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'className' | 'aria-describedby' | 'aria-invalid'
>;

/** Props of {@link TextField}. */
export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | null | undefined;
  readonly value: string;
  readonly onChange?: (value: string) => void;
  /** `type`, `autoComplete`, `readOnly`… */
  readonly inputProps?: ExtraInputProps;
  readonly inputRef?: Ref<HTMLInputElement>;
}

/** A labelled text input (text, email, password, number) with hint and inline error. */
export function TextField({ inputProps, inputRef, value, onChange, ...field }: TextFieldProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <input
          type="text"
          {...inputProps}
          {...control}
          ref={inputRef}
          className="kring-textbox"
          value={value}
          onChange={(event) => onChange?.(event.currentTarget.value)}
        />
      )}
    </FormField>
  );
}
