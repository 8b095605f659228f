import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/PageHeading.js';

export function SignedOutPage() {
  const { t } = useTranslation();
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
