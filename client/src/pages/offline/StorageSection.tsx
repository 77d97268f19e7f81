import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Alert } from '../../components/Alert.js';
import {
  formatBytes,
  nearQuota,
  readStorageUsage,
  requestPersistentStorage,
  type StorageUsage,
} from '../../offline/storageUsage.js';

/** Storage used by Kring in this browser, whether it is kept, and a warning near the quota. */
export function StorageSection({ version }: { readonly version: number }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [refused, setRefused] = useState(false);
  const read = useCallback(() => void readStorageUsage().then(setUsage), []);
  useEffect(read, [read, version]);

  const persist = () => {
    void requestPersistentStorage().then((granted) => {
      setRefused(!granted);
      read();
    });
  };
  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('offlinePage.storageHeading')}
      </Heading>
      {usage !== null && (
        <>
          <Paragraph>
            {usage.usage === null || usage.quota === null
              ? t('offlinePage.usageUnknown')
              : t('offlinePage.usage', {
                  used: formatBytes(usage.usage, i18n.language),
                  quota: formatBytes(usage.quota, i18n.language),
                })}
          </Paragraph>
          {nearQuota(usage) && (
            <Alert type="warning">
              <Paragraph>
                {t('offlinePage.quotaWarning', {
                  percent: Math.round(((usage.usage ?? 0) / (usage.quota ?? 1)) * 100),
                })}
              </Paragraph>
            </Alert>
          )}
          <Paragraph>
            {usage.persisted ? t('offlinePage.persisted') : t('offlinePage.notPersisted')}
          </Paragraph>
          {!usage.persisted && (
            <Button purpose="secondary" onClick={persist}>
              {t('offlinePage.persist')}
            </Button>
          )}
          <p className="kring-form__hint" role="status">
            {refused ? t('offlinePage.persistRefused') : ''}
          </p>
        </>
      )}
    </section>
  );
}
