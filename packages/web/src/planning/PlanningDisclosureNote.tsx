import type { PlanningOverviewBody } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { ROUNDING_BASE, SMALL_NUMBER_LIMIT } from './planning-view.js';

/**
 * The small-number rule, stated beside a table it touches when the figures are under it; the
 * page says once at the top whether they are.
 */
export function PlanningDisclosureNote({
  overview,
  id,
}: {
  overview: Pick<PlanningOverviewBody, 'disclosureControlled'>;
  id: string;
}) {
  const { t } = useTranslation();
  if (!overview.disclosureControlled) return null;
  return (
    <p className="nhsuk-body-s" id={id}>
      {t('planning.page.disclosureNote', { n: SMALL_NUMBER_LIMIT, base: ROUNDING_BASE })}
    </p>
  );
}
