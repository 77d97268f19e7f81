import { useCallback, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { DocumentView } from '@kring/shared';
import { api } from '../api/api.js';
import { Combobox, type ComboboxOption } from '../components/Combobox.js';
import { Dialog } from '../components/Dialog.js';
import { ResourceView } from '../components/ResourceView.js';
import { useApiResource } from '../hooks/useApiResource.js';
import { afterDialogCloses, insertLink } from './insertLink.js';
import { documentPath } from '@kring/shared';
import { foldForSearch } from './slashCommands.js';

/** Props of {@link PageLinkDialog}. */
export interface PageLinkDialogProps {
  readonly editor: Editor;
  /** Community whose pages can be linked. */
  readonly slug: string;
  /** The document being edited (not offered). */
  readonly documentId: string;
  readonly open: boolean;
  readonly onClose: () => void;
}

const MAX_SHOWN = 20;

interface PageOption extends ComboboxOption {
  readonly document: DocumentView;
  readonly title: string;
}

/**
 * "Link to page": a dialog with a combobox over the community's pages, filtered by title as you
 * type. Choosing one links the selected text to it, or inserts its title as a link.
 */
export function PageLinkDialog({ open, onClose, ...rest }: PageLinkDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('pageLink.title')} onClose={onClose}>
      <PageChooser onClose={onClose} {...rest} />
    </Dialog>
  );
}

function PageChooser({ editor, slug, documentId, onClose }: Omit<PageLinkDialogProps, 'open'>) {
  const { t } = useTranslation();
  const load = useCallback(() => api.communities.documents(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  const [query, setQuery] = useState('');

  const options = useMemo<PageOption[]>(() => {
    if (resource.status !== 'ready') return [];
    const wanted = foldForSearch(query.trim());
    return resource.data
      .filter((document) => document.id !== documentId)
      .map((document) => ({
        document,
        title: document.title.trim() === '' ? t('document.untitled') : document.title,
      }))
      .filter(({ title }) => wanted === '' || foldForSearch(title).includes(wanted))
      .slice(0, MAX_SHOWN)
      .map(({ document, title }) => ({ key: document.id, document, title, content: title }));
  }, [resource, query, documentId, t]);

  const choose = (option: PageOption) => {
    onClose();
    afterDialogCloses(() => insertLink(editor, documentPath(option.document.id), option.title));
  };

  return (
    <>
      <ResourceView resource={resource} reload={reload}>
        {() => (
          <Combobox
            label={t('pageLink.label')}
            hint={t('pageLink.hint')}
            value={query}
            onChange={setQuery}
            options={options}
            listLabel={t('pageLink.listLabel')}
            onChoose={choose}
            status={
              options.length === 0
                ? t('pageLink.none')
                : t('pageLink.count', { count: options.length })
            }
            autoFocus
            alwaysOpen
          />
        )}
      </ResourceView>
      {resource.status === 'ready' && options.length === 0 && (
        <Paragraph>{t('pageLink.none')}</Paragraph>
      )}
      <div className="kring-actions kring-dialog__actions">
        <Button purpose="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </>
  );
}
