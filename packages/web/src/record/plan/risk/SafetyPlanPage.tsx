import { assessesSuicide } from '@everyday/core';
import './safety-plan.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { BackLink } from '../../../components/BackLink.js';
import { CareCard } from '../../../components/CareCard.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { NotFoundPage } from '../../../pages/NotFoundPage.js';
import { MultilineText } from '../../../triage/components/MultilineText.js';
import { recordPages } from '../../api.js';
import { useRecordFormat } from '../../format.js';
import { entriesOfKind } from '../../types.js';
import { WithRecord } from '../WithRecord.js';
import { SAFETY_PLAN_FIELDS } from './risk-form.js';

/**
 * /episodes/:episodeId/plan/risk/:entryId/safety-plan — "Your safety plan", written to the
 * person in the page's language, to print and take away. Their own words are as they gave them.
 */
export function SafetyPlanPage() {
  const { entryId } = useParams();
  const { t } = useTranslation();
  const format = useRecordFormat();
  return (
    <WithRecord needsOpen={false}>
      {({ episodeId, record }) => {
        const entry = entriesOfKind(record.entries, 'risk').find((e) => e.id === entryId);
        // No suicide safety plan for an assessment that did not assess suicide (issue 16 item 7).
        if (!entry || !assessesSuicide(entry.data)) return <NotFoundPage />;
        const plan = entry.data.safetyPlan;
        return (
          <div className="app-safety-plan">
            <div className="app-no-print">
              <BackLink to={recordPages.episode(episodeId)}>
                {t('recordPlan.backToRecord')}
              </BackLink>
            </div>
            <PageHeading caption={record.person.name}>
              {t('recordPlan.safetyPlan.title')}
            </PageHeading>
            <p className="nhsuk-body">
              {t('recordPlan.safetyPlan.madeOn', { date: format.day(entry.data.assessedOn) })}
            </p>
            <p className="nhsuk-body">{t('recordPlan.safetyPlan.intro')}</p>
            {SAFETY_PLAN_FIELDS.map((field, index) => (
              <section key={field} aria-labelledby={`plan-${field}`}>
                <h2 className="nhsuk-heading-s" id={`plan-${field}`}>
                  {t('recordPlan.safetyPlan.step', { number: index + 1 })}{' '}
                  {t(`recordPlan.safetyPlan.${field}Person`)}
                </h2>
                <p className="nhsuk-body app-safety-plan__answer">
                  {plan[field] === '' ? (
                    <span className="nhsuk-hint">{t('recordPlan.safetyPlan.writeHere')}</span>
                  ) : (
                    <MultilineText text={plan[field]} />
                  )}
                </p>
              </section>
            ))}
            <CareCard kind="urgent" heading={t('recordPlan.safetyPlan.crisisTitle')}>
              <ul>
                <li>{t('recordPlan.safetyPlan.crisis999')}</li>
                <li>{t('recordPlan.safetyPlan.crisis111')}</li>
                <li>{t('recordPlan.safetyPlan.crisisSamaritans')}</li>
                <li>{t('recordPlan.safetyPlan.crisisShout')}</li>
              </ul>
            </CareCard>
            <div className="app-no-print">
              <button
                className="nhsuk-button"
                type="button"
                onClick={() => {
                  window.print();
                }}
              >
                {t('recordPlan.safetyPlan.print')}
              </button>
              <p className="nhsuk-body">{t('recordPlan.safetyPlan.languageHint')}</p>
              <p className="nhsuk-body">
                <Link to={recordPages.episode(episodeId)}>{t('recordPlan.backToRecord')}</Link>
              </p>
            </div>
          </div>
        );
      }}
    </WithRecord>
  );
}
