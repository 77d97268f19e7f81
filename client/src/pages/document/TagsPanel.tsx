import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { parseTag, type DocumentView } from '@kring/shared';
import { api } from '../../api/api.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { AppLink } from '../../routing/AppLink.js';
import { communityTagPath } from '../../routing/paths.js';

/** Most tags a document can have (as in the API's request schema). */
const MAX_TAGS = 20;

/** Props of {@link TagsPanel}. */
export interface TagsPanelProps {
  readonly view: DocumentView;
  /** People who may write add and remove tags. */
  readonly canEdit: boolean;
  readonly onChanged: (view: DocumentView) => void;
}

/**
 * The document's tags, each a link to the community's pages with that tag; people who may write
 * add tags (Enter or "Add tag") and remove them ("Remove tag x"). Every change is saved at once.
 */
export function TagsPanel({ view, canEdit, onChanged }: TagsPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const tags = view.tags;

  const save = (next: readonly string[], message: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    api.documents.update(view.id, { tags: [...next] }).then(
      (updated) => {
        setBusy(false);
        setAnnouncement(message);
        onChanged(updated);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(apiErrorMessage(t, failure));
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const tag = parseTag(value);
    if (tag === null) {
      setError(t('tags.invalid'));
      return;
    }
    if (tags.includes(tag)) {
      setValue('');
      return;
    }
    if (tags.length >= MAX_TAGS) {
      setError(t('tags.tooMany', { max: MAX_TAGS }));
      return;
    }
    setValue('');
    save([...tags, tag], t('tags.added', { tag }));
  };

  return (
    <section className="kring-panel" aria-labelledby={headingId}>
      <h2 className="kring-panel__heading" id={headingId}>
        {t('tags.heading')}
      </h2>
      {tags.length === 0 ? (
        <Paragraph className="kring-hint">{t('tags.none')}</Paragraph>
      ) : (
        <ul className="kring-tags" aria-labelledby={headingId}>
          {tags.map((tag) => (
            <li key={tag} className="kring-tags__tag">
              <AppLink to={communityTagPath(view.communitySlug, tag)}>{tag}</AppLink>
              {canEdit && (
                <Button
                  purpose="subtle"
                  className="kring-tags__remove"
                  aria-label={t('tags.remove', { tag })}
                  disabled={busy}
                  onClick={() =>
                    save(
                      tags.filter((other) => other !== tag),
                      t('tags.removed', { tag }),
                    )
                  }
                >
                  <span aria-hidden="true">×</span>
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form className="kring-form" onSubmit={onSubmit} noValidate>
          <label className="kring-form__label" htmlFor={inputId}>
            {t('tags.label')}
          </label>
          <p className="kring-form__hint" id={hintId}>
            {t('tags.hint')}
          </p>
          {error !== null && (
            <p className="kring-form__error" id={errorId}>
              {error}
            </p>
          )}
          <div className="kring-form__row">
            <input
              id={inputId}
              className="kring-textbox"
              type="text"
              maxLength={40}
              autoComplete="off"
              value={value}
              aria-invalid={error !== null ? true : undefined}
              aria-describedby={error !== null ? `${errorId} ${hintId}` : hintId}
              onChange={(event) => {
                setValue(event.currentTarget.value);
                setError(null);
              }}
            />
            <Button type="submit" purpose="secondary" busy={busy}>
              {t('tags.add')}
            </Button>
          </div>
        </form>
      )}
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
