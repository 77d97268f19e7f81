import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { IconDots } from '@tabler/icons-react';
import { DateTime } from '../../components/DateTime.js';
import { AppLink } from '../../routing/AppLink.js';
import { IconButton } from '../../shell/IconButton.js';
import { documentPath } from '@kring/shared';
import type { MoveKind, TreeNode } from './pageTree.js';

/** What a page row can do; shared by all rows of the tree. */
export interface PageTreeActions {
  /** Ids of pages whose sub-pages are hidden. */
  readonly collapsed: ReadonlySet<string>;
  readonly toggleCollapsed: (id: string) => void;
  /** Id of the page whose actions are shown, or null. */
  readonly openActions: string | null;
  readonly setOpenActions: (id: string | null) => void;
  /** Show move buttons (editors; not while the tree is filtered). */
  readonly canMove: boolean;
  /** Show "New sub-page" (editors). */
  readonly canCreate: boolean;
  readonly busy: boolean;
  readonly possible: (id: string) => Record<MoveKind, boolean>;
  readonly move: (id: string, kind: MoveKind) => void;
  readonly newSubPage: (id: string) => void;
  readonly newSubPageFromTemplate: (id: string, title: string) => void;
}

/** Element id of a page's "Actions for …" button (focus returns there after a move). */
export function actionsButtonId(id: string): string {
  return `kring-page-actions-${id}`;
}

/** Element id of a page's move button. */
export function moveButtonId(id: string, kind: MoveKind): string {
  return `kring-page-move-${kind}-${id}`;
}

const MOVES: readonly MoveKind[] = ['up', 'down', 'indent', 'outdent'];

/** Props of {@link PageTreeItem}. */
export interface PageTreeItemProps {
  readonly node: TreeNode;
  readonly actions: PageTreeActions;
  /** Tags that matched the filter are highlighted; null: no filter. */
  readonly tag: string | null;
}

/**
 * One page of the tree: "Sub-pages of …" (expand/collapse, when it has any), the link, its tags
 * and last change, and for editors "Actions for …" with the keyboard moves and new sub-pages.
 */
export function PageTreeItem({ node, actions, tag }: PageTreeItemProps) {
  const { t } = useTranslation();
  const { page, children } = node;
  const title = page.title.trim() === '' ? t('document.untitled') : page.title;
  const expanded = !actions.collapsed.has(page.id);
  const childListId = `kring-page-children-${page.id}`;
  const showActions = actions.canMove || actions.canCreate;
  const actionsOpen = actions.openActions === page.id;
  const dimmed = tag !== null && !page.tags.includes(tag);
  const possible = actionsOpen ? actions.possible(page.id) : null;

  return (
    <li className="kring-tree__item">
      <div className={dimmed ? 'kring-tree__row kring-tree__row--context' : 'kring-tree__row'}>
        {children.length > 0 ? (
          <button
            type="button"
            className="kring-tree__toggle"
            aria-expanded={expanded}
            aria-controls={childListId}
            aria-label={t('pages.subPagesOf', { title })}
            onClick={() => actions.toggleCollapsed(page.id)}
          >
            <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="kring-tree__spacer" aria-hidden="true" />
        )}
        <span className="kring-tree__main">
          <AppLink to={documentPath(page.id)} className="kring-tree__link">
            {title}
          </AppLink>
          <span className="kring-tree__meta">
            {page.tags.map((pageTag) => (
              <span key={pageTag} className="kring-badge kring-badge--tag">
                {pageTag}
              </span>
            ))}
            <span>
              {t('pages.changed')} <DateTime value={page.updatedAt} />
            </span>
          </span>
        </span>
        {showActions && (
          <IconButton
            id={actionsButtonId(page.id)}
            className="kring-tree__actions-toggle"
            tooltipSide="left"
            aria-expanded={actionsOpen}
            label={t('pages.actionsFor', { title })}
            icon={<IconDots aria-hidden="true" size={18} />}
            onClick={() => actions.setOpenActions(actionsOpen ? null : page.id)}
          />
        )}
      </div>
      {actionsOpen && possible !== null && (
        <div
          className="kring-tree__actions"
          role="group"
          aria-label={t('pages.actionsFor', { title })}
        >
          {actions.canMove &&
            MOVES.map((kind) => (
              <Button
                key={kind}
                id={moveButtonId(page.id, kind)}
                purpose="secondary"
                disabled={!possible[kind] || actions.busy}
                onClick={() => {
                  if (possible[kind] && !actions.busy) actions.move(page.id, kind);
                }}
              >
                {t(`pages.move.${kind}`)}
              </Button>
            ))}
          {actions.canCreate && (
            <>
              <Button purpose="secondary" onClick={() => actions.newSubPage(page.id)}>
                {t('pages.newSubPage')}
              </Button>
              <Button
                purpose="secondary"
                onClick={() => actions.newSubPageFromTemplate(page.id, title)}
              >
                {t('pages.newSubPageFromTemplate')}
              </Button>
            </>
          )}
        </div>
      )}
      {children.length > 0 && expanded && (
        <ul className="kring-tree__list" id={childListId}>
          {children.map((child) => (
            <PageTreeItem key={child.page.id} node={child} actions={actions} tag={tag} />
          ))}
        </ul>
      )}
    </li>
  );
}
