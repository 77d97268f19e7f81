import { useId, type FormEvent, type InputHTMLAttributes, type Ref } from 'react';
import { Button } from '@nl-design-system-candidate/button-react';

/** Input attributes a caller may set; the form owns id, value, description and validity. */
type ExtraInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'className' | 'aria-describedby' | 'aria-invalid' | 'type'
>;

/** Props of {@link TextFieldForm}. */
export interface TextFieldFormProps {
  /** Extra class on the form (e.g. a panel). */
  readonly className?: string;
  readonly label: string;
  readonly hint: string;
  /** Shown above the field and linked to it; the field is marked invalid while set. */
  readonly error?: string | null;
  readonly submitLabel: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onSubmit: () => void;
  readonly inputProps?: ExtraInputProps;
  readonly inputRef?: Ref<HTMLInputElement>;
}

/**
 * One labelled text field with a hint, an optional inline error and a submit button (Enter
 * submits too): the NL Design System form-field pattern on the design tokens.
 */
export function TextFieldForm(props: TextFieldFormProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const { error } = props;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onSubmit();
  };

  return (
    <form
      className={props.className ? `${props.className} kring-form` : 'kring-form'}
      onSubmit={onSubmit}
      noValidate
    >
      <label className="kring-form__label" htmlFor={inputId}>
        {props.label}
      </label>
      <p className="kring-form__hint" id={hintId}>
        {props.hint}
      </p>
      {error && (
        <p className="kring-form__error" id={errorId}>
          {error}
        </p>
      )}
      <div className="kring-form__row">
        <input
          {...props.inputProps}
          ref={props.inputRef}
          id={inputId}
          className="kring-textbox"
          type="text"
          value={props.value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => props.onChange(event.currentTarget.value)}
        />
        <Button type="submit" purpose="secondary">
          {props.submitLabel}
        </Button>
      </div>
    </form>
  );
}
