import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { Dialog } from '../../components/Dialog.js';
import { ResourceView } from '../../components/ResourceView.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { navigate } from '../../routing/history.js';
import { documentPath } from '@kring/shared';
import { newDocumentId } from '../../sync/documentId.js';
import { cacheDocumentView } from '../../sync/documentViewCache.js';

/** Props of {@link TemplateDialog}. */
export interface TemplateDialogProps {
  readonly slug: string;
  readonly open: boolean;
  /** The new page goes under this page; null: at the top level. */
  readonly parent: { readonly id: string; readonly title: string } | null;
  readonly onClose: () => void;
}

/** "New from template": choose one of the community's templates, then the new page opens. */
export function TemplateDialog({ slug, open, parent, onClose }: TemplateDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      title={
        parent === null ? t('templates.title') : t('templates.titleUnder', { title: parent.title })
      }
      onClose={onClose}
    >
      <TemplateChooser slug={slug} parentId={parent?.id ?? null} onClose={onClose} />
    </Dialog>
  );
}

interface TemplateChooserProps {
  readonly slug: string;
  readonly parentId: string | null;
  readonly onClose: () => void;
}

function TemplateChooser({ slug, parentId, onClose }: TemplateChooserProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const load = useCallback(() => api.communities.templates(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (chosen === null) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    api.communities
      .createDocument(slug, { id: newDocumentId(), templateId: chosen, parentId })
      .then(
        (view) => {
          cacheDocumentView(view);
          onClose();
          navigate(documentPath(view.id));
        },
        (failure: unknown) => {
          setBusy(false);
          setError(apiErrorMessage(t, failure));
        },
      );
  };

  return (
    <form className="kring-form" onSubmit={onSubmit} noValidate>
      <ResourceView resource={resource} reload={reload}>
        {(templates) =>
          templates.length === 0 ? (
            <Paragraph>{t('templates.none')}</Paragraph>
          ) : (
            <fieldset
              className="kring-fieldset"
              aria-describedby={missing ? `${legendId}e` : undefined}
            >
              <legend className="kring-form__label" id={legendId}>
                {t('templates.legend')}
              </legend>
              {missing && (
                <p className="kring-form__error" id={`${legendId}e`} role="alert">
                  {t('templates.choose')}
                </p>
              )}
              {templates.map((template) => (
                <label key={template.id} className="kring-choice kring-choice--described">
                  <input
                    type="radio"
                    name={`${legendId}template`}
                    value={template.id}
                    checked={chosen === template.id}
                    onChange={() => {
                      setChosen(template.id);
                      setMissing(false);
                    }}
                  />
                  <span>
                    <span className="kring-choice__label">
                      {template.name}
                      {!template.builtIn && (
                        <span className="kring-badge">{t('templates.own')}</span>
                      )}
                    </span>
                    {template.description !== '' && (
                      <span className="kring-choice__description">{template.description}</span>
                    )}
                  </span>
                </label>
              ))}
            </fieldset>
          )
        }
      </ResourceView>
      {error !== null && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <div className="kring-actions">
        <Button type="submit" purpose="primary" busy={busy}>
          {t('templates.create')}
        </Button>
        <Button purpose="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
