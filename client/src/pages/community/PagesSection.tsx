import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CommunityView, DocumentView } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { ResourceView } from '../../components/ResourceView.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import type { ApiResource } from '../../hooks/useApiResource.js';
import { AppLink } from '../../routing/AppLink.js';
import { navigate } from '../../routing/history.js';
import { communityPath } from '../../routing/paths.js';
import { documentPath } from '@kring/shared';
import { newDocumentId } from '../../sync/documentId.js';
import { cacheDocumentView } from '../../sync/documentViewCache.js';
import {
  applyChanges,
  buildTree,
  filterTree,
  planMove,
  possibleMoves,
  type MoveKind,
  type TreeNode,
} from './pageTree.js';
import {
  actionsButtonId,
  moveButtonId,
  PageTreeItem,
  type PageTreeActions,
} from './PageTreeItem.js';
import { TemplateDialog } from './TemplateDialog.js';

/** Props of {@link PagesSection}. */
export interface PagesSectionProps {
  readonly community: CommunityView;
  /** The community's readable pages (shared with the other sections). */
  readonly pages: ApiResource<DocumentView[]>;
  /** Owners and editors create pages and move them. */
  readonly canCreate: boolean;
  /** Show only pages with this tag (from `?tag=`). */
  readonly tag: string | null;
  /** Called when the template dialog closes (a page from a template may bring new tags). */
  readonly onTemplatesClosed?: () => void;
}

function titleOf(page: DocumentView, untitled: string): string {
  return page.title.trim() === '' ? untitled : page.title;
}

/**
 * The community's page tree: pages nested by parent and ordered by position, expandable; only the
 * pages with a tag when `?tag=` is set; "New document" and "New from template"; per page, for
 * editors, keyboard moves (up, down, into the page above, one level up) and new sub-pages (also
 * from a template, which the sidebar's page menu does not offer).
 */
export function PagesSection({
  community,
  pages,
  canCreate,
  tag,
  onTemplatesClosed,
}: PagesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { slug } = community;
  const { resource, reload, setData } = pages;
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [openActions, setOpenActions] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [templateFor, setTemplateFor] = useState<{ id: string; title: string } | null | false>(
    false,
  );
  const all = resource.status === 'ready' ? resource.data : null;
  const shownTag = useRef(tag);
  useEffect(() => {
    // The filter is a link (`?tag=`): say what the list shows now, as the tag buttons did.
    if (shownTag.current === tag) return;
    shownTag.current = tag;
    setOpenActions(null);
    setAnnouncement(tag === null ? t('tagFilter.showingAll') : t('tagFilter.showing', { tag }));
  }, [tag, t]);
  const tree = useMemo(() => (all === null ? [] : buildTree(all)), [all]);
  const shown = useMemo(
    () => (tag === null ? tree : filterTree(tree, (page) => page.tags.includes(tag))),
    [tree, tag],
  );

  const create = (parentId: string | null) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    // The id is made here, so that retrying after a lost answer cannot create a second document.
    api.communities.createDocument(slug, { id: newDocumentId(), parentId }).then(
      (view) => {
        cacheDocumentView(view);
        navigate(documentPath(view.id));
      },
      (failure: unknown) => {
        setBusy(false);
        setError(apiErrorMessage(t, failure));
      },
    );
  };

  const move = (id: string, kind: MoveKind) => {
    if (busy || all === null) return;
    const changes = planMove(tree, id, kind);
    const page = all.find((candidate) => candidate.id === id);
    if (changes === null || page === undefined) return;
    const title = titleOf(page, t('document.untitled'));
    setBusy(true);
    setError(null);
    // Show the move at once; the server's answers replace it.
    let current = applyChanges(all, changes);
    setData(current);
    const focusAfterMove = () =>
      window.requestAnimationFrame(() => {
        const target =
          document.getElementById(moveButtonId(id, kind)) ??
          document.getElementById(actionsButtonId(id));
        target?.focus();
      });
    focusAfterMove();
    changes
      .reduce<Promise<void>>(
        (previous, change) =>
          previous.then(async () => {
            const updated = await api.documents.update(change.id, {
              parentId: change.parentId,
              position: change.position,
            });
            current = current.map((candidate) =>
              candidate.id === updated.id ? updated : candidate,
            );
          }),
        Promise.resolve(),
      )
      .then(
        () => {
          setBusy(false);
          setData(current);
          setAnnouncement(t(`pages.moved.${kind}`, { title }));
          focusAfterMove();
        },
        (failure: unknown) => {
          setBusy(false);
          setError(apiErrorMessage(t, failure));
          reload();
        },
      );
  };

  const actions: PageTreeActions = {
    collapsed,
    toggleCollapsed: (id) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    openActions,
    setOpenActions,
    canMove: canCreate && tag === null,
    canCreate,
    busy,
    possible: (id) => possibleMoves(tree, id),
    move,
    newSubPage: (id) => create(id),
    newSubPageFromTemplate: (id, title) => setTemplateFor({ id, title }),
  };

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('pages.heading')}
      </Heading>
      {canCreate && (
        <div className="kring-actions">
          <Button purpose="primary" busy={busy} onClick={() => create(null)}>
            {t('community.documents.new')}
          </Button>
          <Button purpose="secondary" onClick={() => setTemplateFor(null)}>
            {t('pages.newFromTemplate')}
          </Button>
        </div>
      )}
      {error !== null && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {tag !== null && (
        <Paragraph className="kring-pages__filter">
          {t('communityScreens.filteredBy', { tag })}{' '}
          <AppLink to={communityPath(slug)}>{t('tagFilter.all')}</AppLink>
        </Paragraph>
      )}
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
      <ResourceView resource={resource} reload={reload}>
        {() =>
          shown.length === 0 ? (
            <Paragraph>
              {tag === null ? t('community.documents.empty') : t('tagFilter.none', { tag })}
            </Paragraph>
          ) : (
            <PageTree
              nodes={shown}
              actions={actions}
              tag={tag}
              label={t('pages.treeLabel', { community: community.name })}
            />
          )
        }
      </ResourceView>
      <TemplateDialog
        slug={slug}
        open={templateFor !== false}
        parent={templateFor === false ? null : templateFor}
        onClose={() => {
          setTemplateFor(false);
          onTemplatesClosed?.();
        }}
      />
    </section>
  );
}

interface PageTreeProps {
  readonly nodes: readonly TreeNode[];
  readonly actions: PageTreeActions;
  readonly tag: string | null;
  readonly label: string;
}

function PageTree({ nodes, actions, tag, label }: PageTreeProps) {
  return (
    <ul className="kring-tree" aria-label={label}>
      {nodes.map((node) => (
        <PageTreeItem key={node.page.id} node={node} actions={actions} tag={tag} />
      ))}
    </ul>
  );
}
