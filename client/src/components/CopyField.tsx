import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';

type CopyState = 'idle' | 'copied' | 'failed';

const FEEDBACK_MS = 4000;

/** Props of {@link CopyField}. */
export interface CopyFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  /** Text of the copy button, e.g. "Copy link". */
  readonly copyLabel: string;
}

/**
 * A read-only field holding something to pass on (an invitation link, a token secret) with a
 * copy button. The text is selected on focus so it can also be copied by hand.
 */
export function CopyField({ label, hint, value, copyLabel }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = window.setTimeout(() => setState('idle'), FEEDBACK_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      input.current?.select();
      setState('failed');
    }
  };

  return (
    <div className="kring-field">
      <label className="kring-form__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="kring-form__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="kring-form__row">
        <input
          ref={input}
          id={id}
          className="kring-textbox kring-textbox--code"
          type="text"
          readOnly
          value={value}
          aria-describedby={hint ? hintId : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button purpose="secondary" onClick={() => void copy()}>
          {copyLabel}
        </Button>
      </div>
      <span className="kring-copy-feedback" aria-live="polite">
        {state === 'copied' && t('common.copied')}
        {state === 'failed' && t('common.copyFailed')}
      </span>
    </div>
  );
}
