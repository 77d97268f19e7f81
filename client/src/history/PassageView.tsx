import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconChevronRight } from '@tabler/icons-react';
import type { Block } from './blocks.js';
import type { ChangedBlock, Passage } from './versionDiff.js';
import type { DiffPart } from './wordDiff.js';

/** Unchanged runs longer than this are collapsed behind a button. */
const MAX_OPEN_RUN = 3;

const blockClass = (block: Block, side: string) =>
  `kring-history__block kring-history__block--${side} kring-history__block--${block.kind}`;

function Words({ parts }: { readonly parts: readonly DiffPart[] }) {
  const { t } = useTranslation();
  return parts.map((part, index) => {
    if (part.kind === 'same') return <span key={index}>{part.text}</span>;
    const Mark = part.kind === 'added' ? 'ins' : 'del';
    return (
      <Mark key={index} className={`kring-history__word kring-history__word--${part.kind}`}>
        <span className="kring-visually-hidden">{t(`historyDiff.${part.kind}Word`)} </span>
        {part.text}
        <span className="kring-visually-hidden"> {t('historyDiff.endMark')}</span>
      </Mark>
    );
  });
}

/**
 * One side of a change. A whole removed/added block is one `<del>`/`<ins>`; one side of an edited
 * block is plain text with only the changed words in `<del>`/`<ins>`, so each word is read once.
 */
function ChangedBlockView({
  change,
  side,
  edited,
}: {
  readonly change: ChangedBlock;
  readonly side: 'removed' | 'added';
  readonly edited: boolean;
}) {
  const { t } = useTranslation();
  const Whole = side === 'added' ? 'ins' : 'del';
  return (
    <div className={blockClass(change.block, side)}>
      <span className="kring-history__sign" aria-hidden="true">
        {side === 'added' ? '+' : '−'}
      </span>
      <div className="kring-history__text">
        {change.moved && (
          <span className="kring-history__moved">
            {t(side === 'added' ? 'historyDiff.movedHere' : 'historyDiff.movedAway')}
          </span>
        )}
        {edited ? (
          <>
            <span className="kring-visually-hidden">
              {t(side === 'added' ? 'historyDiff.editedNew' : 'historyDiff.editedOld')}{' '}
            </span>
            <Words parts={change.parts} />
          </>
        ) : (
          <Whole className="kring-history__whole">
            <span className="kring-visually-hidden">{t(`historyDiff.${side}Block`)} </span>
            {change.block.text}
          </Whole>
        )}
      </div>
    </div>
  );
}

function SameBlock({ block }: { readonly block: Block }) {
  return (
    <div className={blockClass(block, 'same')}>
      <span className="kring-history__sign" aria-hidden="true" />
      <div className="kring-history__text">{block.text}</div>
    </div>
  );
}

/**
 * A run of unchanged blocks. Short runs show in full; longer ones keep one block of context next
 * to each change and collapse the rest behind "N unchanged paragraphs" (a disclosure button).
 */
function UnchangedRun({
  blocks,
  afterChange,
  beforeChange,
}: {
  readonly blocks: readonly Block[];
  readonly afterChange: boolean;
  readonly beforeChange: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (blocks.length <= MAX_OPEN_RUN) {
    return blocks.map((block, index) => <SameBlock key={index} block={block} />);
  }
  const head = afterChange ? 1 : 0;
  const tail = beforeChange ? 1 : 0;
  const hidden = blocks.slice(head, blocks.length - tail);
  return (
    <>
      {head === 1 && <SameBlock block={blocks[0] as Block} />}
      <button
        type="button"
        className="kring-history__expand"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <IconChevronRight aria-hidden="true" size={16} className="kring-history__chevron" />
        {t('historyDiff.unchanged', { count: hidden.length })}
      </button>
      {open && hidden.map((block, index) => <SameBlock key={index} block={block} />)}
      {tail === 1 && <SameBlock block={blocks[blocks.length - 1] as Block} />}
    </>
  );
}

/** Props of {@link PassageView}. */
export interface PassageViewProps {
  readonly passage: Passage;
  /** Whether a change comes before / after this passage (unchanged runs keep context there). */
  readonly afterChange: boolean;
  readonly beforeChange: boolean;
}

/** One passage of a version comparison: removed block(s) then added block(s), or unchanged text. */
export function PassageView({ passage, afterChange, beforeChange }: PassageViewProps) {
  if (passage.kind === 'same') {
    return (
      <li className="kring-history__passage kring-history__passage--same">
        <UnchangedRun
          blocks={passage.blocks}
          afterChange={afterChange}
          beforeChange={beforeChange}
        />
      </li>
    );
  }
  return (
    <li className="kring-history__passage kring-history__passage--changed">
      {passage.removed.map((change, index) => (
        <ChangedBlockView
          key={`r${index}`}
          change={change}
          side="removed"
          edited={passage.edited}
        />
      ))}
      {passage.added.map((change, index) => (
        <ChangedBlockView key={`a${index}`} change={change} side="added" edited={passage.edited} />
      ))}
    </li>
  );
}
