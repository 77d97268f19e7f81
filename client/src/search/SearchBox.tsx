import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHitView } from '@kring/shared';
import { Combobox, type ComboboxOption } from '../components/Combobox.js';
import { FileBadge } from '../components/FileBadge.js';
import { navigate } from '../routing/history.js';
import { hitHref, hitKey, searchPath } from './searchParams.js';
import { Snippet } from './Snippet.js';
import { useSearch } from './useSearch.js';

/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 150;
/** Hits shown in the list under the box. */
const SUGGESTIONS = 8;
/** Shortest query searched as you type. */
const MIN_LENGTH = 2;

type Option = ComboboxOption & ({ readonly hit: SearchHitView } | { readonly all: true });

/**
 * The search box in the header (a search landmark): results appear as you type; choosing one
 * opens the document at the match (a file hit, labelled "File", opens the file), Enter (or "Show
 * all results") opens the search page.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const q = value.trim();
  const state = useSearch(q.length >= MIN_LENGTH ? { q, limit: SUGGESTIONS } : null, DEBOUNCE_MS);
  const results =
    state.status === 'ready' ? state.results : state.status === 'loading' ? state.previous : null;

  const options: Option[] =
    results === null || q.length < MIN_LENGTH
      ? []
      : [
          ...results.hits.map((hit) => ({
            key: hitKey(hit),
            hit,
            content: (
              <span className="kring-search-option">
                <span className="kring-search-option__title">
                  {hit.kind === 'file' && (
                    <>
                      <FileBadge className="kring-search-option__kind" />{' '}
                    </>
                  )}
                  {hit.title.trim() === '' ? t('document.untitled') : hit.title}
                </span>
                <span className="kring-search-option__community">{hit.communityName}</span>
                {hit.snippet.text.trim() !== '' && (
                  <Snippet snippet={hit.snippet} className="kring-search-option__snippet" />
                )}
              </span>
            ),
          })),
          {
            key: '__all',
            all: true as const,
            content: (
              <span className="kring-search-option__all">
                {t('search.showAll', { query: q, count: results.total })}
              </span>
            ),
          },
        ];

  let status = '';
  if (state.status === 'loading') status = t('search.searching');
  else if (state.status === 'error') status = t('search.failed');
  else if (state.status === 'ready') {
    status =
      state.results.total === 0
        ? t('search.noResults')
        : t('search.resultCount', { count: state.results.total });
  }

  const openSearchPage = (query: string) => {
    if (query.trim() === '') return;
    setValue('');
    navigate(searchPath({ q: query }));
  };

  return (
    <div className="kring-header__search" role="search" aria-label={t('search.label')}>
      <Combobox<Option>
        label={t('search.label')}
        hideLabel
        inputType="search"
        placeholder={t('search.placeholder')}
        value={value}
        onChange={setValue}
        options={options}
        listLabel={t('search.suggestions')}
        status={status}
        onChoose={(option) => {
          if ('all' in option) {
            openSearchPage(q);
            return;
          }
          setValue('');
          const target = hitHref(option.hit, q);
          // A file opens (or downloads) from the server, outside the app.
          if (target.inApp) navigate(target.href);
          else window.location.assign(target.href);
        }}
        onSubmit={openSearchPage}
        className="kring-combobox--header"
      />
    </div>
  );
}
