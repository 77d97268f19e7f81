import { useTranslation } from 'react-i18next';
import { usePresence } from '../../hooks/usePresence.js';
import { isHexColor, textColorOn } from '../../sync/palette.js';
import { distinctPeople } from '../../sync/presence.js';
import type { DocumentSession } from '../../sync/DocumentSession.js';

/** Props of {@link PresenceList}. */
export interface PresenceListProps {
  readonly session: DocumentSession;
}

/** At most this many avatars; the rest are counted ("+3"). */
const MAX_AVATARS = 4;

/**
 * "Anna de Vries" → "AV", one word → its first letter; a part in brackets (the organisation)
 * and words without letters are skipped.
 */
export function initialsOf(name: string): string {
  const letters = name
    .replace(/\([^)]*\)/gu, ' ')
    .split(/\s+/u)
    .map((word) => /\p{L}/u.exec(word)?.[0])
    .filter((letter): letter is string => letter !== undefined);
  const first = letters[0] ?? '?';
  const last = letters.length > 1 ? (letters[letters.length - 1] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/**
 * The people present in the document as small initials avatars in their caret colour (list
 * "People present"); the names are in the list for screen readers and in a tooltip on hover.
 */
export function PresenceList({ session }: PresenceListProps) {
  const { t } = useTranslation();
  const people = distinctPeople(usePresence(session));
  const shown = people.slice(0, MAX_AVATARS);
  const hidden = people.slice(MAX_AVATARS);
  return (
    <ul className="kring-people" aria-label={t('presence.heading')}>
      {shown.map((person) => {
        const name = person.isSelf ? `${person.name} ${t('presence.you')}` : person.name;
        const color = isHexColor(person.color) ? person.color : '#154273';
        return (
          <li key={person.clientId} className="kring-people__person" title={name}>
            <span
              className="kring-people__avatar"
              style={{ backgroundColor: color, color: textColorOn(color) }}
              aria-hidden="true"
            >
              {initialsOf(person.name)}
            </span>
            <span className="kring-visually-hidden">{name}</span>
          </li>
        );
      })}
      {hidden.length > 0 && (
        <li className="kring-people__person" title={hidden.map((person) => person.name).join(', ')}>
          <span className="kring-people__avatar kring-people__avatar--more" aria-hidden="true">
            +{hidden.length}
          </span>
          <span className="kring-visually-hidden">
            {hidden.map((person) => person.name).join(', ')}
          </span>
        </li>
      )}
    </ul>
  );
}
