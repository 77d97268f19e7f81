import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { AppLink } from '../../routing/AppLink.js';

/** Shown for unknown paths and for links with an invalid document id. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.pageTitle'));
  return (
    <div className="kring-page kring-page--narrow">
      <Heading level={1}>{t('notFound.heading')}</Heading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('notFound.home')}</AppLink>
      </Paragraph>
    </div>
  );
}
