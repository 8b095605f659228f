import { ZDemoStatus } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { useResource } from '../hooks/use-resource.js';

/**
 * On every page of the demo service (issue 11 item 4): the people in it are synthetic, made up by
 * the demo generator, so no one mistakes them for patients.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const { data } = useResource('/api/demo-status', ZDemoStatus);
  if (data?.demo !== true) return null;
  return (
    <section className="app-phase-banner" id="demo-banner" aria-label={t('demoBanner.label')}>
      <p className="app-phase-banner__content nhsuk-body-s">
        <strong className="nhsuk-tag nhsuk-tag--orange app-phase-banner__tag">
          {t('demoBanner.tag')}
        </strong>
        <span>{t('demoBanner.text')}</span>
      </p>
    </section>
  );
}
