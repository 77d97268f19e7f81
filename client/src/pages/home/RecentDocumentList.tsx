import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRecentDocuments } from '../../hooks/useRecentDocuments.js';
import { AppLink } from '../../routing/AppLink.js';
import { documentPath } from '@kring/shared';

/** The documents recently opened in this browser, most recent first. */
export function RecentDocumentList() {
  const { t, i18n } = useTranslation();
  const recent = useRecentDocuments();
  const headingId = useId();
  const format = new Intl.DateTimeFormat(i18n.resolvedLanguage, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('home.recent.heading')}
      </Heading>
      {recent.length === 0 ? (
        <Paragraph>{t('home.recent.empty')}</Paragraph>
      ) : (
        <ul className="kring-recent" aria-label={t('home.recent.listLabel')}>
          {recent.map(({ id, title, openedAt }) => (
            <li key={id} className="kring-recent__item">
              <AppLink to={documentPath(id)} className="kring-recent__link">
                {title.trim() === '' ? t('home.recent.untitled') : title}
              </AppLink>
              <span className="kring-recent__meta">
                <code className="kring-recent__id">{id}</code>
                {' · '}
                <time dateTime={new Date(openedAt).toISOString()}>
                  {t('home.recent.openedAt', { when: format.format(openedAt) })}
                </time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
