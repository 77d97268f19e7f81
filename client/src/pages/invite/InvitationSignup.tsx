import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { InvitationPreview } from '@kring/shared';
import { api } from '../../api/api.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { AppLink } from '../../routing/AppLink.js';
import { navigate } from '../../routing/history.js';
import { communityPath, invitePath, loginPath } from '../../routing/paths.js';
import { OidcButtons } from '../login/OidcButtons.js';
import { SignupForm } from '../signup/SignupForm.js';

/** Props of {@link InvitationSignup}. */
export interface InvitationSignupProps {
  readonly token: string;
  readonly preview: InvitationPreview;
}

/**
 * For someone not signed in: create an account with the invitation, or sign in first (and come
 * back here), or continue with an organisation account (OpenID Connect).
 */
export function InvitationSignup({ token, preview }: InvitationSignupProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const loadProviders = useCallback(() => api.auth.providers(), []);
  const { resource } = useApiResource(loadProviders);
  const here = invitePath(token);
  const providers = resource.status === 'ready' ? resource.data : null;

  return (
    <section className="kring-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('invite.signupHeading')}
      </Heading>
      <Paragraph>
        <AppLink to={loginPath(here)}>{t('invite.haveAccount')}</AppLink>
      </Paragraph>
      {providers !== null && providers.oidc.length > 0 && (
        <>
          <Paragraph>{t('invite.oidcIntro')}</Paragraph>
          <OidcButtons
            providers={providers.oidc}
            returnTo={communityPath(preview.communitySlug)}
            invitation={token}
          />
        </>
      )}
      {(providers === null || providers.local) && (
        <SignupForm
          invitation={token}
          fixedEmail={preview.email}
          submitLabel={t('invite.signupSubmit')}
          onSignedUp={() => navigate(communityPath(preview.communitySlug))}
        />
      )}
    </section>
  );
}
