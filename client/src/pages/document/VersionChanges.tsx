import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { BlockChange, DiffPart } from '../../history/versionDiff.js';

/** Props of {@link VersionChanges}. */
export interface VersionChangesProps {
  readonly changes: readonly BlockChange[];
}

function Added({ text }: { readonly text: string }) {
  const { t } = useTranslation();
  return (
    <ins className="kring-diff__added">
      <span className="kring-visually-hidden">{t('history.addedPrefix')} </span>
      {text}
    </ins>
  );
}

function Removed({ text }: { readonly text: string }) {
  const { t } = useTranslation();
  return (
    <del className="kring-diff__removed">
      <span className="kring-visually-hidden">{t('history.removedPrefix')} </span>
      {text}
    </del>
  );
}

function Part({ part }: { readonly part: DiffPart }) {
  if (part.kind === 'added') return <Added text={part.text} />;
  if (part.kind === 'removed') return <Removed text={part.text} />;
  return <>{part.text}</>;
}

/**
 * What changed since a version, block by block: only changed blocks are listed (unchanged runs
 * show as "…"). Added text is `<ins>`, removed text `<del>`, each with a hidden "added:" or
 * "removed:" for screen readers, and colour is never the only signal (underline, strike-through).
 */
export function VersionChanges({ changes }: VersionChangesProps) {
  const { t } = useTranslation();
  if (changes.every((change) => change.kind === 'same')) {
    return <Paragraph>{t('history.noChanges')}</Paragraph>;
  }
  const items: ReactElement[] = [];
  let skipped = false;
  changes.forEach((change, index) => {
    if (change.kind === 'same') {
      if (!skipped) {
        skipped = true;
        items.push(
          <li key={`same-${index}`} className="kring-diff__skipped">
            <span aria-hidden="true">…</span>
            <span className="kring-visually-hidden">{t('history.unchanged')}</span>
          </li>,
        );
      }
      return;
    }
    skipped = false;
    items.push(
      <li key={index} className="kring-diff__block">
        {change.kind === 'added' && <Added text={change.text} />}
        {change.kind === 'removed' && <Removed text={change.text} />}
        {change.kind === 'changed' &&
          change.parts.map((part, partIndex) => <Part key={partIndex} part={part} />)}
      </li>,
    );
  });
  return (
    <ol className="kring-diff" aria-label={t('history.changesLabel')}>
      {items}
    </ol>
  );
}
