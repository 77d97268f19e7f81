import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { DocumentView } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { useSession } from '../../hooks/useSession.js';
import { MemberChoices } from './MemberChoices.js';

/** Props of {@link AccessControl}. */
export interface AccessControlProps {
  readonly view: DocumentView;
  /** Called with the server's answer after a change. */
  readonly onChanged: (view: DocumentView) => void;
}

type Mode = 'community' | 'selected';

/**
 * "Who can open this" (managers): the whole community, or only selected members. A disclosure,
 * so it stays out of the way. The manager always keeps access to what they restrict.
 */
export function AccessControl({ view, onChanged }: AccessControlProps) {
  const { t } = useTranslation();
  const session = useSession();
  const selfId = session.status === 'signed-in' ? session.user.id : null;
  const legendId = useId();
  const headingId = useId();
  const [mode, setMode] = useState<Mode>(view.restrictedTo === null ? 'community' : 'selected');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(view.restrictedTo));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const current =
    view.restrictedTo === null
      ? t('document.access.currentEveryone')
      : t('document.access.currentSelected', { count: view.restrictedTo.length });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const ids = new Set(chosen);
    if (selfId !== null) ids.add(selfId);
    setBusy(true);
    setError(null);
    setSaved(false);
    api.documents.setAccess(view.id, { restrictedTo: mode === 'community' ? null : [...ids] }).then(
      (updated) => {
        setBusy(false);
        setSaved(true);
        onChanged(updated);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(apiErrorMessage(t, failure));
      },
    );
  };

  const radio = (value: Mode, label: string) => (
    <label className="kring-choice">
      <input
        type="radio"
        name={`${legendId}mode`}
        value={value}
        checked={mode === value}
        onChange={() => {
          setMode(value);
          setSaved(false);
        }}
      />
      {label}
    </label>
  );

  return (
    // A section of its own (no longer folded): it lives in the panel's "Access" tab.
    <section className="kring-panel" aria-labelledby={headingId}>
      <h2 className="kring-panel__heading" id={headingId}>
        {t('document.access.heading')}
      </h2>
      <Paragraph>{current}</Paragraph>
      <form className="kring-form" onSubmit={onSubmit} noValidate>
        <fieldset className="kring-fieldset">
          <legend className="kring-form__label" id={legendId}>
            {t('document.access.legend')}
          </legend>
          {radio('community', t('document.access.everyone'))}
          {radio('selected', t('document.access.selected'))}
        </fieldset>
        {mode === 'selected' && (
          <MemberChoices
            slug={view.communitySlug}
            selfId={selfId}
            chosen={chosen}
            onChange={(next) => {
              setChosen(next);
              setSaved(false);
            }}
          />
        )}
        {error !== null && (
          <Alert type="error" role="alert">
            <Paragraph>{error}</Paragraph>
          </Alert>
        )}
        <div className="kring-actions">
          <Button type="submit" purpose="primary" busy={busy}>
            {t('document.access.save')}
          </Button>
        </div>
        <p className="kring-announcement" aria-live="polite">
          {saved && t('document.access.saved')}
        </p>
      </form>
    </section>
  );
}
