import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CommunityView, CurrentUser, GlossaryListView } from '@kring/shared';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { TextField } from '../../components/form/TextField.js';
import { forgetGlossary } from '../../glossary/glossaryList.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { CommunityFrame } from '../community/CommunityFrame.js';
import { CommunityHeader } from '../community/CommunityHeader.js';
import { GlossaryEntries } from './GlossaryEntries.js';
import { GlossaryEntryForm } from '../../glossary/GlossaryEntryForm.js';
import { GlossarySettingsForm } from './GlossarySettingsForm.js';

/** Props of {@link GlossaryPage}. */
export interface GlossaryPageProps {
  readonly slug: string;
  readonly user: CurrentUser;
}

/**
 * `/c/:slug/glossary`: the community's terms explained for newcomers. Pages mark these terms
 * and show the definition where the reader meets them; members who may take part add entries.
 */
export function GlossaryPage({ slug }: GlossaryPageProps) {
  const { t } = useTranslation();
  return (
    <CommunityFrame
      slug={slug}
      className="kring-community"
      title={(community) => t('glossary.pageTitle', { community })}
    >
      {(community) => <Glossary community={community} />}
    </CommunityFrame>
  );
}

function Glossary({ community }: { community: CommunityView }) {
  const { t } = useTranslation();
  const { slug } = community;
  const addHeadingId = useId();
  const listHeadingId = useId();
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const load = useCallback(() => api.glossary.list(slug), [slug]);
  const { resource, reload } = useApiResource(load);
  const changed = (message: string) => {
    forgetGlossary(slug);
    setAnnouncement(message);
    reload();
  };
  useScrollToEntry(resource.status === 'ready');
  return (
    <>
      <CommunityHeader community={community} screen={t('glossary.heading')} />
      <Paragraph>{t('glossary.intro')}</Paragraph>
      <div className="kring-glossary__settings">
        <GlossarySettingsForm />
      </div>
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
      <ResourceView resource={resource} reload={reload}>
        {(glossary: GlossaryListView) => (
          <>
            <section className="kring-section" aria-labelledby={listHeadingId}>
              <Heading level={2} id={listHeadingId}>
                {t('glossary.listHeading', { count: glossary.entries.length })}
              </Heading>
              {glossary.entries.length > 0 && (
                <TextField
                  id={filterId}
                  label={t('glossary.filter')}
                  value={filter}
                  onChange={setFilter}
                  inputProps={{ type: 'search', autoComplete: 'off' }}
                />
              )}
              <GlossaryEntries
                slug={slug}
                entries={glossary.entries}
                filter={filter}
                labelledBy={listHeadingId}
                onChanged={changed}
              />
            </section>
            {glossary.canCreate && (
              <section className="kring-section" aria-labelledby={addHeadingId}>
                <Heading level={2} id={addHeadingId}>
                  {t('glossary.addHeading')}
                </Heading>
                <GlossaryEntryForm
                  submitLabel={t('glossary.add')}
                  onSubmit={async (request) => {
                    await api.glossary.create(slug, request);
                    changed(t('glossary.added', { term: request.term.trim() }));
                  }}
                />
              </section>
            )}
          </>
        )}
      </ResourceView>
    </>
  );
}

/** Once the entries show, brings the one named in the address (`#<entryId>`) into view. */
function useScrollToEntry(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const id = decodeURIComponent(window.location.hash.slice(1));
    const element = id === '' ? null : document.getElementById(id);
    element?.scrollIntoView({ block: 'start' });
    element?.focus({ preventScroll: true });
  }, [ready]);
}
