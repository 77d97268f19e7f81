import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { AppUpdater } from './appUpdate.js';

/** Props of {@link UpdateNotice}. */
export interface UpdateNoticeProps {
  /** The tab's update policy (`appUpdater` from `registerAppUpdates.ts`). */
  readonly updater: AppUpdater;
}

/**
 * "A new version of Kring is ready — Reload": a small notice at the bottom of the screen while a
 * new version waits. The live region is always in the page, so screen readers announce the notice
 * when it appears; it never takes the focus. "Reload" stores every local edit first.
 */
export function UpdateNotice({ updater }: UpdateNoticeProps) {
  const { t } = useTranslation();
  const status = useSyncExternalStore(updater.status.subscribe, updater.status.getSnapshot);
  return (
    <div className="kring-update-region" aria-live="polite">
      {status !== 'current' && (
        <section className="kring-update-notice" aria-label={t('appUpdate.label')}>
          <Paragraph>
            {status === 'applying'
              ? t('appUpdate.applying')
              : status === 'failed'
                ? t('appUpdate.failed')
                : t('appUpdate.ready')}
          </Paragraph>
          <Button
            purpose="primary"
            disabled={status === 'applying'}
            onClick={() => void updater.apply()}
          >
            {t('appUpdate.reload')}
          </Button>
        </section>
      )}
    </div>
  );
}
