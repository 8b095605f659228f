import type { EvidenceDashboard } from '@everyday/core';
import { useTranslation } from 'react-i18next';

/**
 * The small-number rule, stated beside a table it touches: counts of 1 to 7 suppressed, the rest
 * rounded to the nearest 5, rates from the rounded counts. Nothing when the figures are exact
 * (staff with patient access), which the page says once at the top.
 */
export function DisclosureNote({
  disclosure,
  id,
}: {
  disclosure: EvidenceDashboard['disclosure'];
  id: string;
}) {
  const { t } = useTranslation();
  if (disclosure === null) return null;
  return (
    <p className="nhsuk-body-s app-evidence-disclosure" id={id}>
      {t('evidence.disclosure.note')} <a href="#disclosure">{t('evidence.disclosure.more')}</a>
    </p>
  );
}
