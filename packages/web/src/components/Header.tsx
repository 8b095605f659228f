import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, ApiError } from '../api.js';
import { duringSignOut, useSession } from '../session.js';
import { Icon } from './Icon.js';
import { LanguageToggle } from './LanguageToggle.js';
import { NhsLogo } from './NhsLogo.js';
import { StaffNav } from './StaffNav.js';

/** Ends the session; a rejected CSRF token is renewed by the API layer, so one retry is enough. */
async function signOut(retry = true): Promise<void> {
  try {
    await api.delete('/api/session');
  } catch (error) {
    if (error instanceof ApiError && error.code === 'unauthenticated') return;
    if (retry && error instanceof ApiError && error.code === 'csrf') {
      await signOut(false);
      return;
    }
    throw error;
  }
}

/**
 * NHS header: logo and service name, language switch, the signed-in user with "Sign out", and
 * for staff the navigation of their sections with their counts.
 */
export function Header({ onSignOutFailed }: { onSignOutFailed: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const user = session.status === 'ready' ? session.user : null;

  const submitSignOut = async (): Promise<void> => {
    try {
      await duringSignOut(async () => {
        await signOut();
        await navigate('/signed-out');
      });
    } catch {
      onSignOutFailed();
    }
    // The signed-out page reads the session again once it is showing (SignedOutPage).
  };

  return (
    <header className="nhsuk-header">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <Link className="nhsuk-header__service-logo" to="/" aria-label={t('header.homeLink')}>
            <NhsLogo label={t('header.logo')} />
            <span className="nhsuk-header__service-name">{t('common.serviceName')}</span>
          </Link>
        </div>
        <nav className="nhsuk-header__account" aria-label={t('header.account')}>
          <ul className="nhsuk-header__account-list">
            {user && (
              <li className="nhsuk-header__account-item" id="signed-in-user">
                <Icon name="user" />
                {user.name}
              </li>
            )}
            <li className="nhsuk-header__account-item">
              <LanguageToggle />
            </li>
            {user && (
              <li className="nhsuk-header__account-item">
                <form
                  className="nhsuk-header__account-form"
                  noValidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    void submitSignOut();
                  }}
                >
                  <button className="nhsuk-header__account-button" type="submit" id="sign-out">
                    {t('header.signOut')}
                  </button>
                </form>
              </li>
            )}
          </ul>
        </nav>
      </div>
      <StaffNav />
    </header>
  );
}
