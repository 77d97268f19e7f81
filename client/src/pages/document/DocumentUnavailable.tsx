import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { AppLink } from '../../routing/AppLink.js';

/** Props of {@link DocumentUnavailable}. */
export interface DocumentUnavailableProps {
  /** `forbidden`: no access (or no such document); `deleted`: deleted while open. */
  readonly reason: 'forbidden' | 'deleted';
}

/** Replaces the editor when the document cannot be shown, with a link home. */
export function DocumentUnavailable({ reason }: DocumentUnavailableProps) {
  const { t } = useTranslation();
  useDocumentTitle(t(`document.unavailable.${reason}.pageTitle`));
  return (
    <div className="kring-page kring-page--narrow">
      <Heading level={1}>{t(`document.unavailable.${reason}.heading`)}</Heading>
      <Paragraph>{t(`document.unavailable.${reason}.body`)}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('document.unavailable.home')}</AppLink>
      </Paragraph>
    </div>
  );
}
