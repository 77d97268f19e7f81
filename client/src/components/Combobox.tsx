import { useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';

/** One choice of a {@link Combobox}. */
export interface ComboboxOption {
  /** Unique among the options. */
  readonly key: string;
  readonly content: ReactNode;
}

/** Props of {@link Combobox}. */
export interface ComboboxProps<T extends ComboboxOption> {
  readonly label: string;
  /** Visually hide the label (it still names the field). */
  readonly hideLabel?: boolean;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly T[];
  /** Accessible name of the list of options. */
  readonly listLabel: string;
  readonly onChoose: (option: T) => void;
  /** Enter without a highlighted option (e.g. "search for this"). */
  readonly onSubmit?: (value: string) => void;
  /** Announced politely, e.g. "5 results" or "Searching…". */
  readonly status?: string;
  readonly placeholder?: string;
  readonly autoFocus?: boolean;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly className?: string;
  readonly inputType?: 'text' | 'search';
  /**
   * Show the list below the field all the time (part of the layout, e.g. in a dialog) instead of
   * as a popup; Escape is then left to the surroundings.
   */
  readonly alwaysOpen?: boolean;
}

/**
 * An editable combobox with a list of suggestions (WAI-ARIA combobox pattern, list autocomplete):
 * focus stays in the text field; ↓/↑ move through the options (`aria-activedescendant`), Enter
 * chooses the highlighted one (or submits the text), Escape closes the list.
 */
export function Combobox<T extends ComboboxOption>(props: ComboboxProps<T>) {
  const { options, value } = props;
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const statusId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const alwaysOpen = props.alwaysOpen === true;
  const expanded = (open || alwaysOpen) && options.length > 0;
  const current = expanded && active >= 0 && active < options.length ? active : -1;
  const optionId = (index: number) => `${listId}-${index}`;

  const choose = (option: T | undefined) => {
    if (option === undefined) return;
    setOpen(false);
    setActive(-1);
    props.onChoose(option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive(current < 0 ? 0 : (current + 1) % Math.max(options.length, 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive(current <= 0 ? options.length - 1 : current - 1);
        break;
      case 'Enter':
        if (current >= 0) {
          event.preventDefault();
          choose(options[current]);
        } else if (props.onSubmit !== undefined) {
          event.preventDefault();
          setOpen(false);
          props.onSubmit(value);
        }
        break;
      case 'Escape':
        if (expanded && !alwaysOpen) {
          // Close the list only, not a dialog around it.
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        }
        break;
      default:
        break;
    }
  };

  const describedBy = [props.hint ? hintId : null, props.status ? statusId : null]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      className={[
        'kring-combobox',
        alwaysOpen ? 'kring-combobox--inline' : null,
        props.className ?? null,
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <label
        className={props.hideLabel ? 'kring-visually-hidden' : 'kring-form__label'}
        htmlFor={inputId}
      >
        {props.label}
      </label>
      {props.hint && (
        <p className="kring-form__hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <input
        ref={props.inputRef}
        id={inputId}
        className="kring-textbox kring-combobox__input"
        type={props.inputType ?? 'text'}
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        placeholder={props.placeholder}
        autoFocus={props.autoFocus}
        value={value}
        onChange={(event) => {
          props.onChange(event.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          // A popup closes; an always-open list stays, so the layout does not jump mid-click.
          if (!alwaysOpen) setOpen(false);
        }}
      />
      <ul
        className="kring-combobox__list"
        id={listId}
        role="listbox"
        aria-label={props.listLabel}
        hidden={!expanded}
      >
        {options.map((option, index) => (
          <li
            key={option.key}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            className={
              index === current
                ? 'kring-combobox__option kring-combobox__option--active'
                : 'kring-combobox__option'
            }
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.content}
          </li>
        ))}
      </ul>
      <p className="kring-visually-hidden" id={statusId} aria-live="polite">
        {props.status ?? ''}
      </p>
    </div>
  );
}
