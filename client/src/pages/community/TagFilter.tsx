import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import type { TagCount } from '@kring/shared';

/** Props of {@link TagFilter}. */
export interface TagFilterProps {
  readonly tags: readonly TagCount[];
  /** The tag shown, or null for all pages. */
  readonly selected: string | null;
  readonly onSelect: (tag: string | null) => void;
}

/** The community's tags with how many pages have them; pressing one shows only those pages. */
export function TagFilter({ tags, selected, onSelect }: TagFilterProps) {
  const { t } = useTranslation();
  const labelId = useId();
  if (tags.length === 0 && selected === null) return null;
  return (
    <div className="kring-tag-filter" role="group" aria-labelledby={labelId}>
      <span className="kring-tag-filter__label" id={labelId}>
        {t('tagFilter.label')}
      </span>
      {tags.map(({ tag, count }) => (
        <Button
          key={tag}
          purpose="secondary"
          toggle
          pressed={selected === tag}
          className="kring-tag-filter__tag"
          onClick={() => onSelect(selected === tag ? null : tag)}
        >
          {t('tagFilter.tag', { tag, count })}
        </Button>
      ))}
      {selected !== null && (
        <Button purpose="subtle" onClick={() => onSelect(null)}>
          {t('tagFilter.all')}
        </Button>
      )}
    </div>
  );
}
