import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Health } from '../api-types.js';
import { useResource } from '../hooks/use-resource.js';
import { useSession } from '../session.js';

export function Footer() {
  const { t } = useTranslation();
  const session = useSession();
  const health = useResource<Health>('/api/health');
  const signedIn = session.status === 'ready' && session.user !== null;
  return (
    <footer className="nhsuk-footer">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">{t('footer.heading')}</h2>
          <ul className="nhsuk-footer__list">
            <li className="nhsuk-footer__list-item">
              <Link className="nhsuk-footer__list-item-link" to="/">
                {t('footer.home')}
              </Link>
            </li>
            <li className="nhsuk-footer__list-item">
              {signedIn ? (
                <Link className="nhsuk-footer__list-item-link" to="/staff">
                  {t('footer.staffHome')}
                </Link>
              ) : (
                <Link className="nhsuk-footer__list-item-link" to="/sign-in">
                  {t('footer.staffSignIn')}
                </Link>
              )}
            </li>
            <li className="nhsuk-footer__list-item">
              <Link className="nhsuk-footer__list-item-link" to="/privacy" id="footer-privacy">
                {t('footer.privacy')}
              </Link>
            </li>
            <li className="nhsuk-footer__list-item">
              <Link
                className="nhsuk-footer__list-item-link"
                to="/accessibility"
                id="footer-accessibility"
              >
                {t('footer.accessibility')}
              </Link>
            </li>
            <li className="nhsuk-footer__list-item">
              <Link className="nhsuk-footer__list-item-link" to="/contact" id="footer-contact">
                {t('footer.contact')}
              </Link>
            </li>
          </ul>
          <p className="nhsuk-body-s">{t('footer.about')}</p>
          {health.status === 'loaded' && (
            <p className="nhsuk-body-s">{t('footer.version', { version: health.data.version })}</p>
          )}
        </div>
      </div>
    </footer>
  );
}
