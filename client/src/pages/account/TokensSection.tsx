import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CreatedApiToken } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { CopyField } from '../../components/CopyField.js';
import { ResourceView } from '../../components/ResourceView.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { CreateTokenForm } from './CreateTokenForm.js';
import { TokenTable } from './TokenTable.js';

/** Personal API tokens: list, create (secret shown once), revoke. */
export function TokensSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const load = useCallback(() => api.tokens.list(), []);
  const { resource, reload } = useApiResource(load);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [announcement, setAnnouncement] = useState('');

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('account.tokens.heading')}
      </Heading>
      <Paragraph>{t('account.tokens.intro')}</Paragraph>
      <p className="kring-announcement" aria-live="polite">
        {announcement}
      </p>
      <ResourceView resource={resource} reload={reload}>
        {(tokens) =>
          tokens.length === 0 ? (
            <Paragraph>{t('account.tokens.empty')}</Paragraph>
          ) : (
            <TokenTable
              tokens={tokens}
              onRevoked={(message, id) => {
                setAnnouncement(message);
                if (created?.id === id) setCreated(null);
                reload();
              }}
            />
          )
        }
      </ResourceView>
      <CreateTokenForm
        onCreated={(token) => {
          setCreated(token);
          reload();
        }}
      />
      {created !== null && (
        <Alert type="ok" className="kring-created">
          <CopyField
            label={t('account.tokens.secret', { name: created.name })}
            hint={t('account.tokens.secretHint')}
            value={created.token}
            copyLabel={t('account.tokens.copy')}
          />
        </Alert>
      )}
    </section>
  );
}
