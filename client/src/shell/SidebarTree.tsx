import {
  useEffect,
  useMemo,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import {
  dragAndDropFeature,
  hotkeysCoreFeature,
  syncDataLoaderFeature,
  type DragTarget,
  type ItemInstance,
} from '@headless-tree/core';
import { useTree } from '@headless-tree/react';
import { IconChevronRight, IconFileText } from '@tabler/icons-react';
import { documentPath, type DocumentView } from '@kring/shared';
import { navigate } from '../routing/history.js';
import {
  ancestorsOf,
  planMove,
  possibleMoves,
  type MoveKind,
  type PositionChange,
  type TreeNode,
} from '../pages/community/pageTree.js';
import { changesForDrop } from './dropChanges.js';
import { PageItemMenu } from './PageItemMenu.js';
import { readExpandedPages, writeExpandedPages } from './shellStorage.js';
import { useFavourites } from './useFavourites.js';
import type { SidebarPages } from './usePageTree.js';

const ROOT = '__kring-root__';

/**
 * What the tree holds per item. A wrapper, because headless-tree takes a falsy answer of the data
 * loader for an error: the root, and a page that just disappeared (moved to the trash by someone
 * else while it had the focus), have none.
 */
interface TreeEntry {
  readonly page: DocumentView | null;
}
/** Pixels per tree level (also tells the drag-and-drop how deep a drop is). */
const INDENT = 16;

/** Props of {@link SidebarTree}. */
export interface SidebarTreeProps {
  readonly slug: string;
  readonly pages: SidebarPages;
  /** Id of the open page (highlighted), or null. */
  readonly currentId: string | null;
  /** Editors move pages (drag and drop, the ⋯ menu) and create sub-pages. */
  readonly canEdit: boolean;
  readonly onNewSubPage: (parentId: string) => void;
  /** Says what happened (a move) or what failed, to the person. */
  readonly onAnnounce: (message: string, isError: boolean) => void;
  readonly errorMessage: (failure: unknown) => string;
}

/**
 * The community's pages as a tree (headless-tree): arrow keys move through it, Enter or a click
 * opens a page, the chevron or Left/Right expand and collapse (remembered per community). Editors
 * drag a page onto another (making it a sub-page) or between two (reordering), or use the row's
 * "⋯" menu, which is also the keyboard way to move; readers see neither.
 */
export function SidebarTree({
  slug,
  pages,
  currentId,
  canEdit,
  onNewSubPage,
  onAnnounce,
  errorMessage,
}: SidebarTreeProps) {
  const { t } = useTranslation();
  const { isFavourite, toggle } = useFavourites();
  const [expanded, setExpanded] = useState<string[]>(() => readExpandedPages(slug));
  const [focused, setFocused] = useState<string | null>(null);
  const all = useMemo(() => pages.pages ?? [], [pages.pages]);
  const titleOf = (page: DocumentView | undefined) =>
    page === undefined || page.title.trim() === '' ? t('document.untitled') : page.title;

  const { byId, childIds } = useMemo(() => {
    const ids = new Map<string, string[]>();
    const walk = (parent: string, nodes: readonly TreeNode[]) => {
      ids.set(
        parent,
        nodes.map((node) => node.page.id),
      );
      for (const node of nodes) walk(node.page.id, node.children);
    };
    walk(ROOT, pages.tree);
    return { byId: new Map(all.map((page) => [page.id, page])), childIds: ids };
  }, [pages.tree, all]);

  // Open the way to the current page.
  useEffect(() => {
    if (currentId === null) return;
    const above = ancestorsOf(all, currentId).map((page) => page.id);
    setExpanded((now) => {
      const missing = above.filter((id) => !now.includes(id));
      return missing.length === 0 ? now : [...now, ...missing];
    });
  }, [currentId, all]);

  useEffect(() => {
    writeExpandedPages(slug, expanded);
  }, [slug, expanded]);

  const send = (changes: readonly PositionChange[] | null, done: string) => {
    if (changes === null || changes.length === 0) return;
    pages.move(changes).then(
      () => onAnnounce(done, false),
      (failure: unknown) => onAnnounce(errorMessage(failure), true),
    );
  };

  const onDrop = (items: ItemInstance<TreeEntry>[], target: DragTarget<TreeEntry>) => {
    const dragged = items[0];
    if (dragged === undefined) return;
    const parentId = target.item.getId() === ROOT ? null : target.item.getId();
    const index = 'insertionIndex' in target ? target.insertionIndex : null;
    const title = titleOf(byId.get(dragged.getId()));
    const changes = changesForDrop(pages.tree, all, dragged.getId(), { parentId, index });
    if (parentId !== null && index === null) {
      setExpanded((now) => (now.includes(parentId) ? now : [...now, parentId]));
    }
    send(
      changes,
      index === null && parentId !== null
        ? t('shell.movedInto', { title, parent: titleOf(byId.get(parentId)) })
        : t('shell.moved', { title }),
    );
  };

  const tree = useTree<TreeEntry>({
    rootItemId: ROOT,
    getItemName: (item) => titleOf(item.getItemData().page ?? undefined),
    isItemFolder: (item) => (childIds.get(item.getId())?.length ?? 0) > 0,
    dataLoader: {
      getItem: (id) => ({ page: byId.get(id) ?? null }),
      getChildren: (id) => childIds.get(id) ?? [],
    },
    // A focused page that is gone (moved away by someone else) must not leave no row tabbable.
    state: {
      expandedItems: expanded,
      focusedItem: focused !== null && byId.has(focused) ? focused : null,
    },
    setExpandedItems: setExpanded,
    setFocusedItem: setFocused,
    onPrimaryAction: (item) => navigate(documentPath(item.getId())),
    indent: INDENT,
    canReorder: true,
    canDrag: () => canEdit,
    draggedItemOverwritesSelection: true,
    canDrop: () => canEdit,
    openOnDropDelay: 600,
    onDrop,
    features: [syncDataLoaderFeature, hotkeysCoreFeature, dragAndDropFeature],
  });

  useEffect(() => {
    tree.rebuildTree();
  }, [tree, childIds, byId]);

  const moveByKeyboard = (id: string, kind: MoveKind) =>
    send(
      planMove(pages.tree, id, kind),
      t(`pages.moved.${kind}`, { title: titleOf(byId.get(id)) }),
    );

  return (
    <div className="kring-sidebar-tree">
      <div {...tree.getContainerProps(t('shell.pagesTree'))} className="kring-tree-view">
        {tree.getItems().map((item) => {
          const id = item.getId();
          const { page } = item.getItemData();
          if (page === null) return null;
          const title = titleOf(page);
          const props = item.getProps() as Record<string, unknown>;
          const classes = ['kring-tree-row'];
          if (id === currentId) classes.push('kring-tree-row--current');
          if (item.isUnorderedDragTarget()) classes.push('kring-tree-row--drop');
          if (item.isFocused()) classes.push('kring-tree-row--focused');
          return (
            <div
              {...props}
              {...(canEdit ? {} : { draggable: false, onDragStart: undefined })}
              key={item.getKey()}
              className={classes.join(' ')}
              aria-current={id === currentId ? 'page' : undefined}
              style={{ paddingInlineStart: `${item.getItemMeta().level * INDENT}px` }}
              onClick={(event: MouseEvent) => {
                event.preventDefault();
                item.setFocused();
                item.primaryAction();
              }}
              onFocus={(event: FocusEvent) => {
                // Focus that arrives from outside the tree's keys (a click, a script) counts too.
                if (event.target === event.currentTarget && !item.isFocused()) item.setFocused();
              }}
              onKeyDown={(event: KeyboardEvent) => {
                if (event.key === 'Enter' && event.target === event.currentTarget) {
                  event.preventDefault();
                  item.primaryAction();
                }
              }}
            >
              {item.isFolder() ? (
                <span
                  className={
                    item.isExpanded()
                      ? 'kring-tree-row__chevron kring-tree-row__chevron--open'
                      : 'kring-tree-row__chevron'
                  }
                  onClick={(event) => {
                    event.stopPropagation();
                    item.setFocused();
                    if (item.isExpanded()) item.collapse();
                    else item.expand();
                  }}
                >
                  <IconChevronRight aria-hidden="true" size={16} />
                </span>
              ) : (
                <span className="kring-tree-row__chevron">
                  <IconFileText aria-hidden="true" size={16} />
                </span>
              )}
              <span className="kring-tree-row__title">{title}</span>
              <PageItemMenu
                title={title}
                tabbable={item.isFocused()}
                moves={canEdit ? possibleMoves(pages.tree, id) : null}
                onMove={(kind) => moveByKeyboard(id, kind)}
                onNewSubPage={canEdit ? () => onNewSubPage(id) : null}
                favourite={isFavourite(id)}
                onToggleFavourite={() => {
                  const wasPinned = isFavourite(id);
                  toggle(id).then(
                    () =>
                      onAnnounce(
                        wasPinned ? t('shell.unpinned', { title }) : t('shell.pinned', { title }),
                        false,
                      ),
                    (failure: unknown) => onAnnounce(errorMessage(failure), true),
                  );
                }}
              />
            </div>
          );
        })}
        <div style={tree.getDragLineStyle()} className="kring-tree-view__line" />
      </div>
    </div>
  );
}
