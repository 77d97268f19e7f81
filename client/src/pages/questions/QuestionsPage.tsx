import { useCallback, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CommunityView, QuestionListView } from '@kring/shared';
import { api } from '../../api/api.js';
import { DateTime } from '../../components/DateTime.js';
import { ResourceView } from '../../components/ResourceView.js';
import { TextField } from '../../components/form/TextField.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { AppLink } from '../../routing/AppLink.js';
import { navigate } from '../../routing/history.js';
import { questionPath, questionsPath } from '../../routing/paths.js';
import { CommunityFrame } from '../community/CommunityFrame.js';
import { CommunityHeader } from '../community/CommunityHeader.js';
import { AskQuestionForm } from './AskQuestionForm.js';

/** Props of {@link QuestionsPage}. */
export interface QuestionsPageProps {
  readonly slug: string;
  /** `?q=`: a search over the questions and their answers. */
  readonly query: string;
}

/**
 * `/c/:slug/questions`: the community's questions that belong to no page ("Has anyone procured
 * …?"), newest activity first, searchable; members who take part ask one.
 */
export function QuestionsPage({ slug, query }: QuestionsPageProps) {
  const { t } = useTranslation();
  return (
    <CommunityFrame
      slug={slug}
      className="kring-community"
      title={(community) => t('questions.pageTitle', { community })}
    >
      {(community) => <Questions community={community} query={query} />}
    </CommunityFrame>
  );
}

function Questions({ community, query }: { community: CommunityView; query: string }) {
  const { t } = useTranslation();
  const { slug } = community;
  const listHeadingId = useId();
  const askHeadingId = useId();
  const searchId = useId();
  const [search, setSearch] = useState(query);
  const load = useCallback(() => api.questions.list(slug, { q: query }), [slug, query]);
  const { resource, reload } = useApiResource(load);
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(questionsPath(slug, search.trim()));
  };
  return (
    <>
      <CommunityHeader community={community} screen={t('questions.heading')} />
      <Paragraph>{t('questions.intro')}</Paragraph>
      <form
        className="kring-form kring-search-form"
        role="search"
        aria-label={t('questions.searchLabel')}
        onSubmit={onSearch}
      >
        <TextField
          id={searchId}
          label={t('questions.search')}
          value={search}
          onChange={setSearch}
          inputProps={{ type: 'search', autoComplete: 'off', maxLength: 200 }}
        />
        <div className="kring-actions">
          <Button type="submit" purpose="secondary">
            {t('questions.searchSubmit')}
          </Button>
        </div>
      </form>
      <ResourceView resource={resource} reload={reload}>
        {(list: QuestionListView) => (
          <>
            <section className="kring-section" aria-labelledby={listHeadingId}>
              <Heading level={2} id={listHeadingId}>
                {query === ''
                  ? t('questions.listHeading', { count: list.total })
                  : t('questions.foundHeading', { count: list.total, query })}
              </Heading>
              {list.questions.length === 0 ? (
                <Paragraph className="kring-hint">
                  {query === '' ? t('questions.empty') : t('questions.noMatch')}
                </Paragraph>
              ) : (
                <ol className="kring-results" aria-labelledby={listHeadingId}>
                  {list.questions.map((question) => (
                    <li key={question.id} className="kring-results__hit">
                      <h3 className="kring-results__title">
                        <AppLink to={questionPath(slug, question.id)}>{question.title}</AppLink>
                      </h3>
                      <p className="kring-results__meta">
                        <span
                          className={`kring-question-state kring-question-state--${question.state}`}
                        >
                          {t(`questions.states.${question.state}`)}
                        </span>
                        {' · '}
                        {t('questions.answerCount', { count: question.answerCount })}
                        {' · '}
                        {question.author?.name ?? t('comments.unknownAuthor')}
                        {', '}
                        <DateTime value={question.updatedAt} />
                      </p>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            {list.canAsk && (
              <section className="kring-section" aria-labelledby={askHeadingId}>
                <Heading level={2} id={askHeadingId}>
                  {t('questions.askHeading')}
                </Heading>
                <AskQuestionForm
                  onAsk={async (request) => {
                    const question = await api.questions.ask(slug, request);
                    navigate(questionPath(slug, question.id));
                  }}
                />
              </section>
            )}
          </>
        )}
      </ResourceView>
    </>
  );
}
