import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';

type CopyState = 'idle' | 'copied' | 'failed';

const FEEDBACK_MS = 4000;

/** Copies the document's address to the clipboard and says so in a polite live region. */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = window.setTimeout(() => setState('idle'), FEEDBACK_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <div className="kring-panel">
      <Button purpose="secondary" onClick={() => void copy()}>
        {t('document.copyLink')}
      </Button>
      <span className="kring-copy-feedback" aria-live="polite">
        {state === 'copied' && t('document.linkCopied')}
        {state === 'failed' && t('document.copyFailed')}
      </span>
    </div>
  );
}
