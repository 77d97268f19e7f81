import { useTranslation } from 'react-i18next';
import { api } from '../api/api.js';
import { Dialog } from '../components/Dialog.js';
import { forgetGlossary } from './glossaryList.js';
import { GlossaryEntryForm } from './GlossaryEntryForm.js';

/** Props of {@link ExplainTermDialog}. */
export interface ExplainTermDialogProps {
  readonly slug: string;
  /** The text selected in the page. */
  readonly term: string;
  readonly onClose: () => void;
}

/**
 * "Explain in glossary" from selected text: a new glossary entry with the selection as its
 * term; once saved, this page (and every open page of the community) marks it.
 */
export function ExplainTermDialog({ slug, term, onClose }: ExplainTermDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open title={t('glossary.explainTitle', { term })} onClose={onClose}>
      <GlossaryEntryForm
        initialTerm={term}
        submitLabel={t('glossary.add')}
        onCancel={onClose}
        onSubmit={async (request) => {
          await api.glossary.create(slug, request);
          forgetGlossary(slug);
          onClose();
        }}
      />
    </Dialog>
  );
}
