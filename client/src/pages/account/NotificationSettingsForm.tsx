import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { EMAIL_MODES, type EmailMode, type NotificationSettingsView } from '@kring/shared';
import { api } from '../../api/api.js';
import { ResourceView } from '../../components/ResourceView.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { useApiResource } from '../../hooks/useApiResource.js';

/** Whether and how notifications also come by email; saved as soon as one is chosen. */
export function NotificationSettingsForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const load = useCallback(() => api.notifications.settings(), []);
  const { resource, reload, setData } = useApiResource(load);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const choose = (email: EmailMode) => {
    setMessage('');
    setError(null);
    api.notifications.setEmail(email).then(
      (settings) => {
        setData(settings);
        setMessage(t('notifications.settings.saved'));
      },
      (failure: unknown) => setError(apiErrorMessage(t, failure)),
    );
  };
  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('notifications.settings.heading')}
      </Heading>
      <ResourceView resource={resource} reload={reload}>
        {(settings: NotificationSettingsView) => (
          <>
            {!settings.mailAvailable && <Paragraph>{t('notifications.settings.noMail')}</Paragraph>}
            <fieldset className="kring-fieldset" disabled={!settings.mailAvailable}>
              <legend className="kring-form__label">{t('notifications.settings.legend')}</legend>
              {EMAIL_MODES.map((mode) => (
                <label key={mode} className="kring-choice">
                  <input
                    type="radio"
                    name={`${headingId}email`}
                    checked={settings.email === mode}
                    onChange={() => choose(mode)}
                  />
                  {t(`notifications.settings.${mode}`)}
                </label>
              ))}
            </fieldset>
            <p className="kring-announcement" aria-live="polite">
              {message}
            </p>
            {error !== null && (
              <p className="kring-form__error" role="alert">
                {error}
              </p>
            )}
          </>
        )}
      </ResourceView>
    </section>
  );
}
