import { useId, useState, type FormEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Dialog } from '../components/Dialog.js';
import { TextField } from '../components/form/TextField.js';
import { afterDialogCloses, insertLink } from './insertLink.js';
import { isAllowedHref } from '@kring/shared';
import { normaliseWebAddress } from './webAddress.js';

/** Props of {@link WebLinkDialog}. */
export interface WebLinkDialogProps {
  readonly editor: Editor;
  readonly open: boolean;
  readonly onClose: () => void;
}

/** "Link to a website": a web or email address for the selected text; "Remove link" too. */
export function WebLinkDialog({ editor, open, onClose }: WebLinkDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('webLink.title')} onClose={onClose}>
      <WebLinkForm editor={editor} onClose={onClose} />
    </Dialog>
  );
}

function WebLinkForm({ editor, onClose }: Omit<WebLinkDialogProps, 'open'>) {
  const { t } = useTranslation();
  const id = useId();
  const current: unknown = editor.getAttributes('link')['href'];
  const [value, setValue] = useState(typeof current === 'string' ? current : '');
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const href = normaliseWebAddress(value);
    if (!isAllowedHref(href)) {
      setError(t('webLink.invalid'));
      return;
    }
    onClose();
    afterDialogCloses(() => insertLink(editor, href, value.trim()));
  };

  const remove = () => {
    onClose();
    afterDialogCloses(() => editor.chain().focus().extendMarkRange('link').unsetLink().run());
  };

  return (
    <form className="kring-form" onSubmit={onSubmit} noValidate>
      <TextField
        id={id}
        label={t('webLink.label')}
        hint={t('webLink.hint')}
        error={error}
        value={value}
        onChange={(next) => {
          setValue(next);
          setError(null);
        }}
        inputProps={{ type: 'url', autoComplete: 'url', autoFocus: true }}
      />
      <div className="kring-actions">
        <Button type="submit" purpose="primary">
          {t('webLink.apply')}
        </Button>
        {typeof current === 'string' && (
          <Button purpose="secondary" hint="negative" onClick={remove}>
            {t('webLink.remove')}
          </Button>
        )}
        <Button purpose="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
