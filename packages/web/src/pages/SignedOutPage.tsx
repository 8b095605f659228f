import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading.js';
import { refreshSession } from '../session.js';

export function SignedOutPage() {
  const { t } = useTranslation();
  // The session is read again only once this page is showing: read before, while the staff page
  // was still on screen (a router transition not yet committed), it sent the person to sign in.
  useEffect(() => {
    void refreshSession().catch(() => undefined);
  }, []);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>{t('signedOut.title')}</PageHeading>
        <p className="nhsuk-body">{t('signedOut.closeBrowser')}</p>
        <p className="nhsuk-body">
          <Link to="/sign-in">{t('signedOut.signInAgain')}</Link>
        </p>
      </div>
    </div>
  );
}
