import { useTranslation } from 'react-i18next';
import {
  documentPath,
  shareDegree,
  type PeopleEvidenceView,
  type PeopleHitView,
} from '@kring/shared';
import { AppLink } from '../../routing/AppLink.js';
import { glossaryPath, personPath } from '../../routing/paths.js';
import { shareText } from './shareText.js';

/** Props of {@link PeopleHit}. */
export interface PeopleHitProps {
  readonly hit: PeopleHitView;
}

/** One person found: name (to their page), organisation, and why, each page a link. */
export function PeopleHit({ hit }: PeopleHitProps) {
  return (
    <li className="kring-results__hit">
      <h3 className="kring-results__title">
        <AppLink to={personPath(hit.userId)}>{hit.name}</AppLink>
      </h3>
      {hit.organisation !== '' && <p className="kring-results__meta">{hit.organisation}</p>}
      <ul className="kring-reasons">
        {hit.evidence.map((evidence) => (
          <li
            key={
              evidence.kind === 'document'
                ? evidence.documentId
                : evidence.kind === 'glossary'
                  ? `glossary:${evidence.entryId}`
                  : `topic:${evidence.topic}`
            }
            className="kring-reasons__reason"
          >
            <Reason evidence={evidence} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** One reason in the reader's language, from the evidence (the API's `reasons` are the same in words). */
function Reason({ evidence }: { evidence: PeopleEvidenceView }) {
  const { t, i18n } = useTranslation();
  if (evidence.kind === 'expertise')
    return <>{t('people.reason.expertise', { topic: evidence.topic })}</>;
  if (evidence.kind === 'glossary') {
    return (
      <>
        {t('people.reason.glossary')}{' '}
        <AppLink to={glossaryPath(evidence.communitySlug, evidence.entryId)}>
          {evidence.term}
        </AppLink>
      </>
    );
  }
  const degree = shareDegree(evidence.share);
  const title = evidence.title.trim() === '' ? t('document.untitled') : evidence.title;
  return (
    <>
      {t(`people.reason.${degree}`, { share: shareText(evidence.share, i18n.language) })}{' '}
      <AppLink to={documentPath(evidence.documentId)}>{title}</AppLink>
    </>
  );
}
