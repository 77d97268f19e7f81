import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import type { GlossaryEntryView } from '@kring/shared';
import { DateTime } from '../../components/DateTime.js';
import { AppLink } from '../../routing/AppLink.js';

/** Props of {@link GlossaryEntryItem}. */
export interface GlossaryEntryItemProps {
  readonly entry: GlossaryEntryView;
  readonly onChange: (entry: GlossaryEntryView) => void;
  readonly onDelete: (entry: GlossaryEntryView) => void;
}

/** One explained term: other names, the definition, links, who wrote it; change and delete. */
export function GlossaryEntryItem({ entry, onChange, onDelete }: GlossaryEntryItemProps) {
  const { t } = useTranslation();
  const headingId = `term-${entry.id}`;
  const otherNames = [...entry.abbreviations, ...entry.synonyms];
  return (
    <li className="kring-glossary__entry" id={entry.id} tabIndex={-1} aria-labelledby={headingId}>
      <h3 className="kring-glossary__term" id={headingId}>
        {entry.term}
        {entry.language !== '' && (
          <span className="kring-glossary__language">
            {' '}
            <abbr title={t(`glossary.languages.${entry.language}`)}>
              {entry.language.toUpperCase()}
            </abbr>
          </span>
        )}
      </h3>
      {otherNames.length > 0 && (
        <p className="kring-glossary__names">
          {t('glossary.alsoCalled', { names: otherNames.join(', ') })}
        </p>
      )}
      <p className="kring-glossary__definition">{entry.definition}</p>
      {entry.links.length > 0 && (
        <ul className="kring-link-list">
          {entry.links.map((link) => (
            <li key={link}>
              {link.startsWith('/') ? (
                <AppLink to={link}>{link}</AppLink>
              ) : (
                <a className="nl-link" href={link} rel="noopener noreferrer" target="_blank">
                  {link}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="kring-hint">
        {entry.author === null
          ? t('glossary.changedAnonymous')
          : t('glossary.changedBy', { name: entry.author.name })}{' '}
        <DateTime value={entry.updatedAt} dateOnly />
      </p>
      {entry.canEdit && (
        <div className="kring-actions">
          <Button
            purpose="secondary"
            aria-label={t('glossary.changeNamed', { term: entry.term })}
            onClick={() => onChange(entry)}
          >
            {t('glossary.change')}
          </Button>
          <Button
            purpose="secondary"
            hint="negative"
            aria-label={t('glossary.deleteNamed', { term: entry.term })}
            onClick={() => onDelete(entry)}
          >
            {t('glossary.delete')}
          </Button>
        </div>
      )}
    </li>
  );
}
