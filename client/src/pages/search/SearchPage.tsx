import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { DateTime } from '../../components/DateTime.js';
import { FileBadge } from '../../components/FileBadge.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { AppLink } from '../../routing/AppLink.js';
import { navigate } from '../../routing/history.js';
import { communityPath } from '../../routing/paths.js';
import {
  hitHref,
  hitKey,
  searchPath,
  toSearchQuery,
  type SearchParams,
} from '../../search/searchParams.js';
import { Snippet } from '../../search/Snippet.js';
import { useSearch } from '../../search/useSearch.js';
import { SearchForm } from './SearchForm.js';

/** Hits shown on the page (the API's maximum). */
const PAGE_SIZE = 50;

/** Props of {@link SearchPage}. */
export interface SearchPageProps {
  readonly params: SearchParams;
}

/**
 * `/search?q=&community=&tag=&author=&from=&to=`: the search form with filters and the hits, each
 * with its community, last change and a snippet with the matches marked. A hit opens the
 * document at the match.
 */
export function SearchPage({ params }: SearchPageProps) {
  const { t } = useTranslation();
  const resultsHeadingId = useId();
  const loadCommunities = useCallback(() => api.communities.list(), []);
  const { resource: communities } = useApiResource(loadCommunities);
  const query = toSearchQuery(params, PAGE_SIZE);
  const state = useSearch(query, 0);
  useDocumentTitle(
    params.q === '' ? t('search.pageTitle') : t('search.pageTitleQuery', { query: params.q }),
  );

  const results = state.status === 'ready' ? state.results : null;
  let announcement = '';
  if (state.status === 'loading') announcement = t('search.searching');
  else if (results !== null) {
    announcement =
      results.total === 0
        ? t('search.noResultsFor', { query: params.q })
        : t('search.resultsFor', { count: results.total, query: params.q });
  }

  return (
    <div className="kring-page">
      <Heading level={1}>{t('search.heading')}</Heading>
      <SearchForm
        key={searchPath(params)}
        params={params}
        communities={communities.status === 'ready' ? communities.data : []}
        onSearch={(next) => navigate(searchPath(next))}
      />
      <section className="kring-section" aria-labelledby={resultsHeadingId}>
        <Heading level={2} id={resultsHeadingId}>
          {t('search.resultsHeading')}
        </Heading>
        <p className="kring-search-summary" aria-live="polite">
          {announcement}
        </p>
        {query === null && <Paragraph>{t('search.enterQuery')}</Paragraph>}
        {state.status === 'error' && (
          <Alert type="error">
            <Paragraph>{apiErrorMessage(t, state.error)}</Paragraph>
          </Alert>
        )}
        {results !== null && results.hits.length > 0 && (
          <ol className="kring-results" aria-labelledby={resultsHeadingId}>
            {results.hits.map((hit) => {
              const target = hitHref(hit, params.q);
              const title = hit.title.trim() === '' ? t('document.untitled') : hit.title;
              return (
                <li key={hitKey(hit)} className="kring-results__hit">
                  <h3 className="kring-results__title">
                    {hit.kind === 'file' && (
                      <>
                        <FileBadge className="kring-results__kind" />{' '}
                      </>
                    )}
                    {target.inApp ? (
                      <AppLink to={target.href}>{title}</AppLink>
                    ) : (
                      <a className="nl-link" href={target.href}>
                        {title}
                      </a>
                    )}
                  </h3>
                  <p className="kring-results__meta">
                    <AppLink to={communityPath(hit.communitySlug)}>{hit.communityName}</AppLink>
                    {' · '}
                    {hit.kind === 'file' ? t('search.uploaded') : t('search.changed')}{' '}
                    <DateTime value={hit.updatedAt} />
                  </p>
                  {hit.snippet.text.trim() !== '' && (
                    <p className="kring-results__snippet">
                      <Snippet snippet={hit.snippet} />
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        {results !== null && results.total > results.hits.length && (
          <Paragraph className="kring-hint">
            {t('search.more', { shown: results.hits.length, total: results.total })}
          </Paragraph>
        )}
      </section>
    </div>
  );
}
