import { QUESTION_SET_V1 as questions } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { CareCard } from '../../components/CareCard.js';
import { useLocalise } from '../../localise.js';
import type { RequestDetail } from '../request-types.js';

/** The red flags the person reported, first and in red: a clinician must act today. */
export function RedFlagsCard({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const l = useLocalise();
  const rules = questions.redFlags.filter((rule) => detail.redFlags.includes(rule.id));
  if (rules.length === 0) return null;
  return (
    <CareCard kind="emergency" heading={t('requestDetail.redFlags.title')} id="red-flags">
      <p>{t('requestDetail.redFlags.intro')}</p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {rules.map((rule) => (
          <li key={rule.id}>{l(rule.label)}</li>
        ))}
      </ul>
    </CareCard>
  );
}
