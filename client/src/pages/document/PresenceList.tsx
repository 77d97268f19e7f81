import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresence } from '../../hooks/usePresence.js';
import type { DocumentSession } from '../../sync/DocumentSession.js';

/** Props of {@link PresenceList}. */
export interface PresenceListProps {
  readonly session: DocumentSession;
}

/** The people present in the document, with their caret colour; this person is marked. */
export function PresenceList({ session }: PresenceListProps) {
  const { t } = useTranslation();
  const people = usePresence(session);
  const headingId = useId();
  return (
    <section className="kring-panel" aria-labelledby={headingId}>
      <h2 className="kring-panel__heading" id={headingId}>
        {t('presence.heading')}
      </h2>
      <ul className="kring-people" aria-labelledby={headingId}>
        {people.map((person) => (
          <li key={person.clientId} className="kring-people__person">
            <span
              className="kring-people__swatch"
              style={{ backgroundColor: person.color }}
              aria-hidden="true"
            />
            <span>
              {person.name}
              {person.isSelf && ` ${t('presence.you')}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
