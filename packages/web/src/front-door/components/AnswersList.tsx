import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AnswerRow } from '../check-answers-rows.js';
import { changePath } from '../navigation.js';

/** NHS summary list of the answers, each with a Change link to its page. */
export function AnswersList({ rows }: { rows: readonly AnswerRow[] }) {
  const { t } = useTranslation();
  return (
    <dl className="nhsuk-summary-list" id="answers">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.step} id={`answer-${row.step}`}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">
            {row.lines.length === 0 ? (
              <span className="nhsuk-u-secondary-text-colour">
                {t('referral.check.notAnswered')}
              </span>
            ) : (
              row.lines.map((line, index) => (
                <p className="nhsuk-body" key={`${String(index)}-${line}`}>
                  {line}
                </p>
              ))
            )}
          </dd>
          <dd className="nhsuk-summary-list__actions">
            <Link to={changePath(row.step)}>
              {t('referral.check.change')}
              <span className="nhsuk-u-visually-hidden"> {row.key.toLowerCase()}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
