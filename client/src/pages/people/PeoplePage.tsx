import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { PeopleResultsView } from '@kring/shared';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { navigate } from '../../routing/history.js';
import { peoplePath } from '../../routing/paths.js';
import { PeopleHit } from './PeopleHit.js';
import { PeopleSearchForm } from './PeopleSearchForm.js';

/** Props of {@link PeoplePage}. */
export interface PeoplePageProps {
  /** `?q=`: a topic or a question; empty before the first search. */
  readonly query: string;
}

const NO_QUESTION: PeopleResultsView = { total: 0, hits: [] };

/**
 * `/people?q=`: "who can I ask about …?". People in the viewer's communities, ranked by what they
 * wrote on pages the viewer can read and by the expertise they list, each with the reasons.
 */
export function PeoplePage({ query }: PeoplePageProps) {
  const { t } = useTranslation();
  const resultsHeadingId = useId();
  const load = useCallback(
    () => (query === '' ? Promise.resolve(NO_QUESTION) : api.people.find({ q: query })),
    [query],
  );
  const { resource, reload } = useApiResource(load);
  useDocumentTitle(query === '' ? t('people.pageTitle') : t('people.pageTitleQuery', { query }));
  let announcement = '';
  if (query !== '' && resource.status === 'loading') announcement = t('people.searching');
  if (query !== '' && resource.status === 'ready') {
    announcement =
      resource.data.total === 0
        ? t('people.noResults', { query })
        : t('people.results', { count: resource.data.total, query });
  }
  return (
    <div className="kring-page">
      <Heading level={1}>{t('people.heading')}</Heading>
      <Paragraph>{t('people.intro')}</Paragraph>
      <PeopleSearchForm key={query} query={query} onSearch={(next) => navigate(peoplePath(next))} />
      <section className="kring-section" aria-labelledby={resultsHeadingId}>
        <Heading level={2} id={resultsHeadingId}>
          {t('people.resultsHeading')}
        </Heading>
        <p className="kring-search-summary" aria-live="polite">
          {announcement}
        </p>
        {query === '' && <Paragraph>{t('people.enterQuestion')}</Paragraph>}
        {query !== '' && (
          <ResourceView resource={resource} reload={reload} loadingText={t('people.searching')}>
            {(results) =>
              results.hits.length === 0 ? (
                <Paragraph className="kring-hint">{t('people.noResultsHint')}</Paragraph>
              ) : (
                <ol className="kring-results" aria-labelledby={resultsHeadingId}>
                  {results.hits.map((hit) => (
                    <PeopleHit key={hit.userId} hit={hit} />
                  ))}
                </ol>
              )
            }
          </ResourceView>
        )}
      </section>
    </div>
  );
}
