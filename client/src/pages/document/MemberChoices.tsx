import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';

/** Props of {@link MemberChoices}. */
export interface MemberChoicesProps {
  readonly slug: string;
  /** The signed-in manager: always included, shown checked and fixed. */
  readonly selfId: string | null;
  readonly chosen: ReadonlySet<string>;
  readonly onChange: (chosen: ReadonlySet<string>) => void;
}

/** One checkbox per community member: who may open the document. */
export function MemberChoices({ slug, selfId, chosen, onChange }: MemberChoicesProps) {
  const { t } = useTranslation();
  const load = useCallback(() => api.members.list(slug), [slug]);
  const { resource, reload } = useApiResource(load);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };

  return (
    <ResourceView resource={resource} reload={reload}>
      {(members) => (
        <fieldset className="kring-fieldset">
          <legend className="kring-form__label">{t('document.access.members')}</legend>
          {members.map(({ user }) => {
            const self = user.id === selfId;
            return (
              <label key={user.id} className="kring-choice">
                <input
                  type="checkbox"
                  checked={self || chosen.has(user.id)}
                  disabled={self}
                  onChange={(event) => toggle(user.id, event.currentTarget.checked)}
                />
                {user.organisation === '' ? user.name : `${user.name} (${user.organisation})`}
                {self && ` ${t('presence.you')}`}
              </label>
            );
          })}
        </fieldset>
      )}
    </ResourceView>
  );
}
