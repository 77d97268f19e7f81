import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { documentPath } from '@kring/shared';
import { AppLink } from '../../../routing/AppLink.js';
import { useFavourites } from '../../../shell/useFavourites.js';

/** Props of {@link PinnedSection}. */
export interface PinnedSectionProps {
  readonly slug: string;
}

/**
 * "Pinned pages": the person's favourites in this community, in their order (the same list as
 * the sidebar's). Without any, it says how to pin one.
 */
export function PinnedSection({ slug }: PinnedSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { favourites } = useFavourites();
  const pinned = favourites?.filter((favourite) => favourite.communitySlug === slug) ?? null;

  return (
    <section className="kring-section kring-card" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('communityScreens.pinned.heading')}
      </Heading>
      {pinned === null ? (
        <Paragraph>{t('common.loading')}</Paragraph>
      ) : pinned.length === 0 ? (
        <Paragraph className="kring-hint">{t('communityScreens.pinned.empty')}</Paragraph>
      ) : (
        <ul className="kring-card__list" aria-labelledby={headingId}>
          {pinned.map((favourite) => (
            <li key={favourite.documentId}>
              <AppLink to={documentPath(favourite.documentId)}>
                {favourite.title.trim() === '' ? t('document.untitled') : favourite.title}
              </AppLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
