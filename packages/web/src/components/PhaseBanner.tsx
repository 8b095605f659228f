import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The "beta" phase banner of the public pages, with a link to give feedback. */
export function PhaseBanner() {
  const { t } = useTranslation();
  return (
    // A landmark of its own, so nothing on the page stands outside one.
    <section className="app-phase-banner" id="phase-banner" aria-label={t('phaseBanner.label')}>
      <p className="app-phase-banner__content nhsuk-body-s">
        <strong className="nhsuk-tag app-phase-banner__tag">{t('phaseBanner.tag')}</strong>
        <span>
          {t('phaseBanner.before')}
          <Link to="/contact#feedback">{t('phaseBanner.link')}</Link>
          {t('phaseBanner.after')}
        </span>
      </p>
    </section>
  );
}
