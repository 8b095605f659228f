import { adviceFor, QUESTION_SET_V1 as questions } from '@everyday/core';
import type { RedFlag } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { WarningCallout } from '../../components/WarningCallout.js';
import { useLocalise } from '../../localise.js';

/** Shown as soon as a red flag is ticked: same-day action, and what to tell the person now. */
export function RedFlagAdvice({ redFlags }: { redFlags: readonly RedFlag[] }) {
  const { t } = useTranslation();
  const l = useLocalise();
  if (redFlags.length === 0) return null;
  return (
    <WarningCallout
      heading={t('staffEntry.redFlags.sameDay')}
      headingLevel={3}
      id="red-flag-advice"
    >
      <p>{t('staffEntry.redFlags.flagged')}</p>
      <p>{t('staffEntry.redFlags.tellThem')}</p>
      {adviceFor(redFlags).map((id) => {
        const advice = questions.advice[id];
        return (
          <div key={id}>
            <h4 className="nhsuk-heading-s">{l(advice.heading)}</h4>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {advice.lines.map((line) => (
                <li key={line.en}>{l(line)}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </WarningCallout>
  );
}
