import type { TriageReason } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { PathwayTag, TierTag, UrgencyTag } from '../components/TriageTags.js';
import { useLocalise } from '../../localise.js';
import type { RequestDetail } from '../request-types.js';

function Reasons({ reasons }: { reasons: readonly TriageReason[] }) {
  const { t } = useTranslation();
  const l = useLocalise();
  if (reasons.length === 0)
    return <p className="nhsuk-body">{t('requestDetail.suggestion.noReasons')}</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {reasons.map((reason, index) => (
        <li key={`${reason.rule}-${String(index)}`}>{l(reason.text)}</li>
      ))}
    </ul>
  );
}

/** The rules engine's suggestion, each part with every reason that produced it. */
export function SuggestionReasons({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const { suggestion } = detail;
  return (
    <section aria-labelledby="suggestion-heading" id="suggestion">
      <h2 className="nhsuk-heading-m" id="suggestion-heading">
        {t('requestDetail.suggestion.title')}
      </h2>
      <h3 className="nhsuk-heading-s">
        {t('requestDetail.suggestion.pathway')} <PathwayTag pathway={suggestion.pathway} />
      </h3>
      <Reasons reasons={suggestion.reasons.pathway} />
      <h3 className="nhsuk-heading-s">
        {t('requestDetail.suggestion.urgency')} <UrgencyTag urgency={suggestion.urgency} />
      </h3>
      <Reasons reasons={suggestion.reasons.urgency} />
      <h3 className="nhsuk-heading-s">
        {t('requestDetail.suggestion.tier')} <TierTag tier={suggestion.tier} />
      </h3>
      <Reasons reasons={suggestion.reasons.tier} />
      <p className="nhsuk-body-s">
        {t('requestDetail.suggestion.ruleVersion', { version: suggestion.ruleVersion })}
      </p>
    </section>
  );
}
