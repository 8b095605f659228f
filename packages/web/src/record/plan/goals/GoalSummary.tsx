import type { GoalData, GoalReview } from '@everyday/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Table } from '../../../components/Table.js';
import { MultilineText } from '../../../triage/components/MultilineText.js';
import { SummaryRow } from '../../../triage/components/SummaryRow.js';
import { useRecordFormat } from '../../format.js';
import { gasScoreText } from './ReviewScoreFields.js';

/** The goal being reviewed: its words, how it is measured, where it stands and its reviews so far. */
export function GoalSummary({ goal }: { goal: GoalData }) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  return (
    <>
      <dl className="nhsuk-summary-list" id="goal-summary" aria-label={t('recordPlan.review.goal')}>
        <SummaryRow label={t('recordPlan.review.goal')}>
          <MultilineText text={goal.wording} />
        </SummaryRow>
        <SummaryRow label={t('recordPlan.review.measure')}>
          {goal.measure === 'gas' && goal.gas
            ? t('recordPlan.review.gasMeasure', {
                baseline: gasScoreText(goal.gas.baseline),
                expected: goal.gas.expected,
              })
            : goal.copm
              ? t('recordPlan.review.copmMeasure', goal.copm)
              : t(`recordPlan.goal.measures.${goal.measure}`)}
        </SummaryRow>
        <SummaryRow label={t('recordPlan.review.currentStatus')}>
          {t(`recordPlan.goalStatus.${goal.status}`)}
        </SummaryRow>
      </dl>
      {goal.reviews.length === 0 ? (
        <p className="nhsuk-body" id="goal-reviews">
          {t('recordPlan.review.none')}
        </p>
      ) : (
        <Table
          id="goal-reviews"
          caption={t('recordPlan.review.previous')}
          captionSize="m"
          columns={[
            t('recordPlan.review.columns.on'),
            t('recordPlan.review.columns.score'),
            t('recordPlan.review.columns.note'),
          ]}
        >
          {goal.reviews.map((review, index) => (
            <tr className="nhsuk-table__row" key={`${String(index)}-${review.on}`}>
              <td className="nhsuk-table__cell">{format.day(review.on)}</td>
              <td className="nhsuk-table__cell">{scoreText(t, review)}</td>
              <td className="nhsuk-table__cell">
                <MultilineText text={review.note} />
              </td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}

function scoreText(t: TFunction, review: GoalReview): string {
  if (review.gasScore !== null) return gasScoreText(review.gasScore);
  if (review.performance !== null && review.satisfaction !== null)
    return t('recordPlan.review.copmScore', {
      performance: review.performance,
      satisfaction: review.satisfaction,
    });
  return '–';
}
