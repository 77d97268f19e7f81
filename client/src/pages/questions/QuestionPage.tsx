import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { documentPath, type CommunityView, type QuestionView } from '@kring/shared';
import { api } from '../../api/api.js';
import { DateTime } from '../../components/DateTime.js';
import { ResourceView } from '../../components/ResourceView.js';
import { CommentForm } from '../../comments/CommentForm.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { AppLink } from '../../routing/AppLink.js';
import { glossaryPath, questionsPath } from '../../routing/paths.js';
import { CommunityFrame } from '../community/CommunityFrame.js';
import { AnswerItem } from './AnswerItem.js';
import { PromoteQuestionForm } from './PromoteQuestionForm.js';

/** Props of {@link QuestionPage}. */
export interface QuestionPageProps {
  readonly slug: string;
  readonly id: string;
}

/**
 * `/c/:slug/questions/:id`: a question with its answers; members who take part answer, the asker
 * (or an owner) accepts an answer and closes or reopens it, and what it taught becomes a
 * glossary entry or a page.
 */
export function QuestionPage({ slug, id }: QuestionPageProps) {
  const { t } = useTranslation();
  return (
    <CommunityFrame
      slug={slug}
      className="kring-community"
      title={(community) => t('questions.pageTitle', { community })}
    >
      {(community) => <Question community={community} id={id} />}
    </CommunityFrame>
  );
}

function Question({ community, id }: { community: CommunityView; id: string }) {
  const { t } = useTranslation();
  const { slug } = community;
  const load = useCallback(() => api.questions.get(slug, id), [slug, id]);
  const { resource, reload, setData } = useApiResource(load);
  const answersHeadingId = useId();
  const promoteHeadingId = useId();
  // Instance admins have no role and may do everything.
  const takesPart = community.myRole !== 'reader';
  const mayCreatePages =
    community.myRole === null || community.myRole === 'owner' || community.myRole === 'editor';
  return (
    <>
      <p className="kring-back-link">
        <AppLink to={questionsPath(slug)}>
          {t('questions.back', { community: community.name })}
        </AppLink>
      </p>
      <ResourceView resource={resource} reload={reload}>
        {(question: QuestionView) => (
          <>
            <Heading level={1}>{question.title}</Heading>
            <p className="kring-results__meta">
              <span className={`kring-question-state kring-question-state--${question.state}`}>
                {t(`questions.states.${question.state}`)}
              </span>
              {' · '}
              {t('questions.askedBy', {
                name: question.author?.name ?? t('comments.unknownAuthor'),
              })}{' '}
              <DateTime value={question.createdAt} />
            </p>
            {question.body !== '' && <p className="kring-prewrap">{question.body}</p>}
            {question.promotions.length > 0 && (
              <ul className="kring-link-list">
                {question.promotions.map((promotion) => (
                  <li
                    key={promotion.kind === 'glossary' ? promotion.entryId : promotion.documentId}
                  >
                    {promotion.kind === 'glossary' ? (
                      <AppLink to={glossaryPath(slug, promotion.entryId)}>
                        {t('questions.inGlossary')}
                      </AppLink>
                    ) : (
                      <AppLink to={documentPath(promotion.documentId)}>
                        {t('questions.asPageLink')}
                      </AppLink>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {question.canManage && (
              <div className="kring-actions">
                <Button
                  purpose="secondary"
                  onClick={() =>
                    void api.questions
                      .update(slug, question.id, {
                        state: question.state === 'closed' ? 'open' : 'closed',
                      })
                      .then(setData, reload)
                  }
                >
                  {question.state === 'closed' ? t('questions.reopen') : t('questions.close')}
                </Button>
              </div>
            )}
            <section className="kring-section" aria-labelledby={answersHeadingId}>
              <Heading level={2} id={answersHeadingId}>
                {t('questions.answerCount', { count: question.answers.length })}
              </Heading>
              {question.answers.length > 0 && (
                <ol className="kring-answers" aria-labelledby={answersHeadingId}>
                  {question.answers.map((answer) => (
                    <AnswerItem
                      key={answer.id}
                      slug={slug}
                      question={question}
                      answer={answer}
                      onQuestion={setData}
                    />
                  ))}
                </ol>
              )}
              {takesPart && question.state !== 'closed' && (
                <CommentForm
                  label={t('questions.yourAnswer')}
                  submitLabel={t('questions.answer')}
                  onSubmit={async (body) =>
                    setData(await api.questions.answer(slug, question.id, body))
                  }
                />
              )}
              {question.state === 'closed' && (
                <Paragraph className="kring-hint">{t('questions.closedHint')}</Paragraph>
              )}
            </section>
            {takesPart && (
              <section className="kring-section" aria-labelledby={promoteHeadingId}>
                <Heading level={2} id={promoteHeadingId}>
                  {t('questions.promoteHeading')}
                </Heading>
                <Paragraph>{t('questions.promoteIntro')}</Paragraph>
                <PromoteQuestionForm
                  slug={slug}
                  question={question}
                  mayCreatePages={mayCreatePages}
                  onQuestion={setData}
                />
              </section>
            )}
          </>
        )}
      </ResourceView>
    </>
  );
}
