import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { changeLanguage, currentLanguage } from '../i18n.js';

/**
 * Link to the other language, named in that language ("Cymraeg" / "English"). It is a real link
 * (?lang=) so it also works opened in a new tab; clicked, it switches in place.
 */
export function LanguageToggle() {
  const { t } = useTranslation();
  const location = useLocation();
  const other = currentLanguage() === 'cy' ? 'en' : 'cy';
  const params = new URLSearchParams(location.search);
  params.set('lang', other);
  const href = `${location.pathname}?${params.toString()}`;
  return (
    <a
      className="nhsuk-header__account-link app-header__language"
      href={href}
      hrefLang={other}
      lang={other}
      id="language-toggle"
      onClick={(event) => {
        event.preventDefault();
        void changeLanguage(other);
      }}
    >
      {other === 'cy' ? t('header.welsh') : t('header.english')}
    </a>
  );
}
