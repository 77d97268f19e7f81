import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import type { ApiTokenView } from '@kring/shared';
import { api } from '../../api/api.js';
import { Alert } from '../../components/Alert.js';
import { DateTime } from '../../components/DateTime.js';
import { useRowAction } from '../../hooks/useRowAction.js';

/** Props of {@link TokenTable}. */
export interface TokenTableProps {
  readonly tokens: readonly ApiTokenView[];
  /** Called after a revocation with a message to announce and the token's id. */
  readonly onRevoked: (message: string, id: string) => void;
}

/** API tokens with their dates and a "Revoke" button each. */
export function TokenTable({ tokens, onRevoked }: TokenTableProps) {
  const { t } = useTranslation();
  const { busyId, error, run } = useRowAction();

  const revoke = (token: ApiTokenView) =>
    run(
      token.id,
      () => api.tokens.revoke(token.id),
      () => onRevoked(t('account.tokens.revoked', { name: token.name }), token.id),
    );

  return (
    <>
      {error !== null && (
        <Alert type="error" role="alert">
          {error}
        </Alert>
      )}
      <div className="kring-table-container">
        <table className="kring-table">
          <caption className="kring-table__caption">{t('account.tokens.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.tokens.name')}</th>
              <th scope="col">{t('account.tokens.created')}</th>
              <th scope="col">{t('account.tokens.expires')}</th>
              <th scope="col">{t('account.tokens.lastUsed')}</th>
              <th scope="col">{t('members.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>
                  <DateTime value={token.createdAt} dateOnly />
                </td>
                <td>
                  {token.expiresAt === null ? (
                    t('account.tokens.never')
                  ) : (
                    <DateTime value={token.expiresAt} dateOnly />
                  )}
                </td>
                <td>
                  {token.lastUsedAt === null ? (
                    t('account.tokens.notUsed')
                  ) : (
                    <DateTime value={token.lastUsedAt} />
                  )}
                </td>
                <td>
                  <Button
                    purpose="secondary"
                    hint="negative"
                    busy={busyId === token.id}
                    aria-label={t('account.tokens.revokeNamed', { name: token.name })}
                    onClick={() => revoke(token)}
                  >
                    {t('account.tokens.revoke')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
