import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import type { AuthProvidersView } from '@kring/shared';
import { oidcStartUrl } from '../../api/auth.js';

/** Props of {@link OidcButtons}. */
export interface OidcButtonsProps {
  readonly providers: AuthProvidersView['oidc'];
  /** App path to return to once signed in. */
  readonly returnTo: string;
  /** Invitation to accept on the way. */
  readonly invitation?: string;
}

/**
 * One button per configured OpenID Connect provider ("Sign in with …"). Signing in there is a
 * full page navigation to the server, which sends the person back to `returnTo`.
 */
export function OidcButtons({ providers, returnTo, invitation }: OidcButtonsProps) {
  const { t } = useTranslation();
  if (providers.length === 0) return null;
  return (
    <div className="kring-actions kring-actions--stacked">
      {providers.map(({ id, name }) => (
        <Button
          key={id}
          purpose="secondary"
          onClick={() => window.location.assign(oidcStartUrl(id, returnTo, invitation))}
        >
          {t('login.oidc', { name })}
        </Button>
      ))}
    </div>
  );
}
