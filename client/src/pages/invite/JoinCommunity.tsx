import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import type { CurrentUser, InvitationPreview } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { apiErrorMessage } from '../../forms/apiErrorMessage.js';
import { navigate } from '../../routing/history.js';
import { communityPath } from '../../routing/paths.js';

/** Props of {@link JoinCommunity}. */
export interface JoinCommunityProps {
  readonly token: string;
  readonly preview: InvitationPreview;
  readonly user: CurrentUser;
}

/** Accepts an invitation as the signed-in person and opens the community. */
export function JoinCommunity({ token, preview, user }: JoinCommunityProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const otherEmail = preview.email !== null && preview.email !== user.email.toLowerCase();

  const join = () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    api.invitations.accept(token).then(
      (community) => navigate(communityPath(community.slug)),
      (failure: unknown) => {
        setBusy(false);
        setError(apiErrorMessage(t, failure));
      },
    );
  };

  return (
    <section className="kring-section">
      <Paragraph>{t('invite.signedInAs', { name: user.name, email: user.email })}</Paragraph>
      {otherEmail && (
        <Alert type="warning">
          <Paragraph>{t('invite.otherEmail', { email: preview.email })}</Paragraph>
        </Alert>
      )}
      {error !== null && (
        <Alert type="error" role="alert">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      <div className="kring-actions">
        <Button purpose="primary" busy={busy} onClick={join}>
          {t('invite.join', { community: preview.communityName })}
        </Button>
      </div>
    </section>
  );
}
