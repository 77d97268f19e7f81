import { useTranslation } from 'react-i18next';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { AppLink } from '../../routing/AppLink.js';
import { LOGIN_PATH } from '@kring/shared';

/**
 * `/signup` without an invitation: accounts are made through invitation links (or, on a new
 * installation, on the login page), so this page explains how to get one.
 */
export function SignupPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signup.pageTitle'));
  return (
    <div className="kring-page kring-page--narrow">
      <Heading level={1}>{t('signup.heading')}</Heading>
      <Paragraph>{t('signup.needInvitation')}</Paragraph>
      <Paragraph>
        <AppLink to={LOGIN_PATH}>{t('signup.toLogin')}</AppLink>
      </Paragraph>
    </div>
  );
}
