import { useTranslation } from 'react-i18next';
import { IconDots } from '@tabler/icons-react';
import type { MoveKind } from '../pages/community/pageTree.js';
import { MenuButton, type MenuChoice } from './MenuButton.js';

/** Props of {@link PageItemMenu}. */
export interface PageItemMenuProps {
  readonly title: string;
  /** In the tab order (only the tree's focused row is). */
  readonly tabbable: boolean;
  /** Which moves are possible now; null: the person may not move pages. */
  readonly moves: Record<MoveKind, boolean> | null;
  readonly onMove: (kind: MoveKind) => void;
  /** Null: the person may not create pages. */
  readonly onNewSubPage: (() => void) | null;
  readonly favourite: boolean;
  readonly onToggleFavourite: () => void;
}

const MOVES: readonly MoveKind[] = ['up', 'down', 'indent', 'outdent'];

/**
 * A page's "⋯" menu in the sidebar tree: the keyboard way to move it (up, down, into the page
 * above, out of its parent), a new sub-page, and pinning it to the favourites.
 */
export function PageItemMenu({
  title,
  tabbable,
  moves,
  onMove,
  onNewSubPage,
  favourite,
  onToggleFavourite,
}: PageItemMenuProps) {
  const { t } = useTranslation();
  const choices: MenuChoice[] = [];
  if (moves !== null) {
    for (const kind of MOVES) {
      choices.push({
        key: kind,
        label: t(`shell.move.${kind}`),
        disabled: !moves[kind],
        onSelect: () => onMove(kind),
      });
    }
  }
  if (onNewSubPage !== null) {
    choices.push({ key: 'new', label: t('shell.newSubPage'), onSelect: onNewSubPage });
  }
  choices.push({
    key: 'favourite',
    label: favourite ? t('shell.unpin') : t('shell.pin'),
    onSelect: onToggleFavourite,
  });
  return (
    <MenuButton
      label={t('shell.pageActions', { title })}
      className="kring-icon-button kring-tree-row__menu"
      tabbable={tabbable}
      align="end"
      tooltip="left"
      choices={choices}
    >
      <IconDots aria-hidden="true" size={18} />
    </MenuButton>
  );
}
