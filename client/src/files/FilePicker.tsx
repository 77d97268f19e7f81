import { useId, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';

/** Props of {@link FilePicker}. */
export interface FilePickerProps {
  /** Id (for the field's `<label>`), description and invalid state, given to the button. */
  readonly control: {
    readonly id: string;
    readonly 'aria-describedby'?: string | undefined;
    readonly 'aria-invalid'?: boolean | undefined;
  };
  /** Names of the files chosen now (shown next to the button, and announced with it). */
  readonly chosenNames: readonly string[];
  readonly onChange: (files: File[]) => void;
  readonly accept?: string;
  readonly multiple?: boolean;
  /** Choose a whole folder (`webkitdirectory`). */
  readonly directory?: boolean;
  readonly disabled?: boolean;
  readonly autoFocus?: boolean;
  /** The button (to move focus to the field). */
  readonly buttonRef?: Ref<HTMLButtonElement>;
  /** The hidden file input (to clear its value). */
  readonly inputRef?: Ref<HTMLInputElement>;
}

/**
 * A file field in the app's language: the browser's own file input says "Choose file / No file
 * chosen" in the browser's language whatever language the app shows, so it stays hidden and a
 * button (labelled by the field's label) opens it, with the chosen names in the app's words.
 */
export function FilePicker(props: FilePickerProps) {
  const { control, chosenNames, onChange, accept, multiple = false, directory = false } = props;
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement | null>(null);
  const statusId = useId();
  const buttonText = directory
    ? t('filePicker.chooseFolder')
    : multiple
      ? t('filePicker.chooseFiles')
      : t('filePicker.chooseFile');
  const status =
    chosenNames.length === 0
      ? t('filePicker.none')
      : chosenNames.length === 1
        ? (chosenNames[0] ?? '')
        : t('filePicker.count', { count: chosenNames.length });
  const describedBy = [control['aria-describedby'], statusId].filter(Boolean).join(' ');
  return (
    <div className="kring-file-picker">
      <input
        ref={(element) => {
          input.current = element;
          if (directory) element?.setAttribute('webkitdirectory', '');
          const outer = props.inputRef;
          if (typeof outer === 'function') outer(element);
          else if (outer) outer.current = element;
        }}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        accept={accept}
        multiple={multiple || directory}
        onChange={(event) => onChange(Array.from(event.currentTarget.files ?? []))}
      />
      <Button
        ref={props.buttonRef}
        id={control.id}
        type="button"
        purpose="secondary"
        disabled={props.disabled}
        autoFocus={props.autoFocus}
        aria-describedby={describedBy}
        aria-invalid={control['aria-invalid']}
        onClick={() => input.current?.click()}
      >
        {buttonText}
      </Button>
      <span className="kring-file-picker__status" id={statusId}>
        {status}
      </span>
    </div>
  );
}
