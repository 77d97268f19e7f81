import { useCallback, useMemo, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { api } from '../api/api.js';
import { mentionCandidates } from '../comments/mentions.js';
import { Combobox, type ComboboxOption } from '../components/Combobox.js';
import { Dialog } from '../components/Dialog.js';
import { ResourceView } from '../components/ResourceView.js';
import { useApiResource } from '../hooks/useApiResource.js';
import { afterDialogCloses } from './insertLink.js';

/** Props of {@link MentionDialog}. */
export interface MentionDialogProps {
  readonly editor: Editor;
  readonly slug: string;
  readonly documentId: string;
  readonly onClose: () => void;
  /** A message for the page (the person could not be told). */
  readonly onProblem: (message: string) => void;
}

interface MemberOption extends ComboboxOption {
  readonly userId: string;
  readonly name: string;
}

/**
 * "Mention someone" (slash menu): choose a member; `@Name` goes into the text at the caret and
 * they get a notification that leads to the page.
 */
export function MentionDialog({
  editor,
  slug,
  documentId,
  onClose,
  onProblem,
}: MentionDialogProps) {
  const { t } = useTranslation();
  const load = useCallback(() => api.members.list(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  const [query, setQuery] = useState('');
  const options = useMemo<MemberOption[]>(() => {
    if (resource.status !== 'ready') return [];
    return mentionCandidates(
      resource.data.map((member) => member.user),
      query.trim(),
      20,
    ).map((user) => ({
      key: user.id,
      userId: user.id,
      name: user.name,
      content: user.organisation === '' ? user.name : `${user.name} (${user.organisation})`,
    }));
  }, [resource, query]);

  const choose = (option: MemberOption) => {
    onClose();
    afterDialogCloses(() => {
      editor.chain().focus().insertContent(`@${option.name} `).run();
      api.notifications
        .mentionOnPage(documentId, [option.userId])
        .catch(() => onProblem(t('mention.notTold', { name: option.name })));
    });
  };

  return (
    <Dialog open title={t('mention.title')} onClose={onClose}>
      <ResourceView resource={resource} reload={reload}>
        {() => (
          <Combobox
            label={t('mention.label')}
            hint={t('mention.hint')}
            value={query}
            onChange={setQuery}
            options={options}
            listLabel={t('mention.listLabel')}
            onChoose={choose}
            status={
              options.length === 0
                ? t('mention.none')
                : t('mention.count', { count: options.length })
            }
            autoFocus
            alwaysOpen
          />
        )}
      </ResourceView>
      <div className="kring-actions kring-dialog__actions">
        <Button purpose="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
