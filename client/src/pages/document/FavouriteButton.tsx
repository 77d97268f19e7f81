import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { IconButton } from '../../shell/IconButton.js';
import { useFavourites } from '../../shell/useFavourites.js';

/** Props of {@link FavouriteButton}. */
export interface FavouriteButtonProps {
  readonly documentId: string;
}

/**
 * A star that pins the page to the person's favourites (shared with the sidebar), reporting
 * its state with `aria-pressed`. A refusal by the server leaves the star as it was.
 */
export function FavouriteButton({ documentId }: FavouriteButtonProps) {
  const { t } = useTranslation();
  const { favourites, isFavourite, toggle } = useFavourites();
  const [busy, setBusy] = useState(false);
  const pinned = isFavourite(documentId);
  return (
    <IconButton
      label={t('docPage.favourite')}
      icon={
        pinned ? (
          <IconStarFilled aria-hidden="true" size={20} className="kring-star--on" />
        ) : (
          <IconStar aria-hidden="true" size={20} />
        )
      }
      aria-pressed={pinned}
      aria-disabled={favourites === null || busy ? true : undefined}
      onClick={() => {
        if (favourites === null || busy) return;
        setBusy(true);
        toggle(documentId).then(
          () => setBusy(false),
          () => setBusy(false),
        );
      }}
    />
  );
}
