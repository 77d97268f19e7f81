import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { apiErrorMessage } from '../forms/apiErrorMessage.js';
import type { Resource } from '../hooks/useApiResource.js';
import { Alert } from './Alert.js';

/** Props of {@link ResourceView}. */
export interface ResourceViewProps<T> {
  readonly resource: Resource<T>;
  /** Tries again after an error. */
  readonly reload: () => void;
  /** Text while loading (default: "Loading…"). */
  readonly loadingText?: string;
  readonly children: (data: T) => ReactNode;
}

/** Shows a loaded resource, or a loading line, or the error with a "Try again" button. */
export function ResourceView<T>({ resource, reload, loadingText, children }: ResourceViewProps<T>) {
  const { t } = useTranslation();
  if (resource.status === 'ready') return <>{children(resource.data)}</>;
  if (resource.status === 'loading')
    return <Paragraph>{loadingText ?? t('common.loading')}</Paragraph>;
  return (
    <Alert type="error">
      <Paragraph>{apiErrorMessage(t, resource.error)}</Paragraph>
      <Button purpose="secondary" onClick={reload}>
        {t('common.tryAgain')}
      </Button>
    </Alert>
  );
}
