import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { PassageView } from '../../history/PassageView.js';
import type { DiffCounts, VersionDiff } from '../../history/versionDiff.js';

/** Props of {@link VersionChanges}. */
export interface VersionChangesProps {
  readonly diff: VersionDiff;
}

const COUNTED: ReadonlyArray<keyof DiffCounts> = ['edited', 'added', 'removed', 'moved'];

/**
 * What changed since a version, passage by passage, like a "compare" view: each change reads as
 * the removed block(s) then the added block(s), edited blocks with their changed words marked;
 * unchanged runs collapse to "N unchanged paragraphs". Removed text is `<del>`, added text
 * `<ins>`, each with hidden words for screen readers; colour is never the only signal (a −/+
 * sign, strike-through, underline).
 */
export function VersionChanges({ diff }: VersionChangesProps) {
  const { t } = useTranslation();
  const { passages, counts } = diff;
  if (passages.every((passage) => passage.kind === 'same')) {
    return <Paragraph>{t('history.noChanges')}</Paragraph>;
  }
  const summary = COUNTED.filter((key) => counts[key] > 0)
    .map((key) => t(`historyDiff.count.${key}`, { count: counts[key] }))
    .join(', ');
  return (
    <>
      <Paragraph className="kring-history__summary">{summary}</Paragraph>
      {diff.coarse && (
        <Paragraph className="kring-history__coarse">{t('historyDiff.coarse')}</Paragraph>
      )}
      <ol className="kring-history" aria-label={t('history.changesLabel')}>
        {passages.map((passage, index) => (
          <PassageView
            key={index}
            passage={passage}
            afterChange={index > 0}
            beforeChange={index < passages.length - 1}
          />
        ))}
      </ol>
    </>
  );
}
