import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { documentPath, type CurrentUser } from '@kring/shared';
import { AppLink } from '../../../routing/AppLink.js';
import { personPath } from '../../../routing/paths.js';
import { usePresence } from './usePresence.js';

/** Props of {@link PresenceSection}. */
export interface PresenceSectionProps {
  readonly slug: string;
  readonly user: CurrentUser;
}

/**
 * "Who is here": the people who have the community's pages open now, with their organisation and
 * the pages (links), refreshed while the overview is visible.
 */
export function PresenceSection({ slug, user }: PresenceSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { people, failed } = usePresence(slug);
  const untitled = t('document.untitled');

  return (
    <section className="kring-section kring-card" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('communityScreens.presence.heading')}
      </Heading>
      {people === null ? (
        <Paragraph>
          {failed ? t('communityScreens.presence.failed') : t('common.loading')}
        </Paragraph>
      ) : people.length === 0 ? (
        <Paragraph className="kring-hint">{t('communityScreens.presence.empty')}</Paragraph>
      ) : (
        <ul className="kring-presence-list" aria-labelledby={headingId}>
          {people.map((person) => (
            <li key={person.userId} className="kring-presence-list__person">
              <span className="kring-presence-list__name">
                <AppLink to={personPath(person.userId)}>{person.name}</AppLink>
                {person.userId === user.id && ` ${t('presence.you')}`}
              </span>
              {person.organisation !== '' && (
                <span className="kring-presence-list__organisation">{person.organisation}</span>
              )}
              <span className="kring-presence-list__pages">
                {t('communityScreens.presence.on')}{' '}
                {person.documents.map((page, index) => (
                  <span key={page.id}>
                    {index > 0 && ', '}
                    <AppLink to={documentPath(page.id)}>
                      {page.title.trim() === '' ? untitled : page.title}
                    </AppLink>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
