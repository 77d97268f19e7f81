import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { api } from '../../api/api.js';
import { EXPORT_FORMATS } from '../../api/documents.js';

/** Props of {@link ExportPanel}. */
export interface ExportPanelProps {
  readonly documentId: string;
}

/** Downloads of the document (Markdown, HTML, Word) and printing (also to PDF). */
export function ExportPanel({ documentId }: ExportPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="kring-panel" aria-labelledby={headingId}>
      <h2 className="kring-panel__heading" id={headingId}>
        {t('export.heading')}
      </h2>
      <ul className="kring-link-list" aria-labelledby={headingId}>
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a className="nl-link" href={api.documents.exportUrl(documentId, format)} download>
              {t(`export.formats.${format}`)}
            </a>
          </li>
        ))}
      </ul>
      <Button purpose="secondary" onClick={() => window.print()}>
        {t('export.print')}
      </Button>
    </section>
  );
}
