import { GOAL_STATUSES } from '@everyday/core';
import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { BackLink } from '../../../components/BackLink.js';
import { DateInput } from '../../../components/DateInput.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import { WarningCallout } from '../../../components/WarningCallout.js';
import { londonToday } from '../../../booking/dates.js';
import type { FormErrors } from '../../../form-errors.js';
import { noErrors } from '../../../form-errors.js';
import { NotFoundPage } from '../../../pages/NotFoundPage.js';
import { fetchEntry, recordPages, updateEntry } from '../../api.js';
import { EpisodeHeader } from '../../EpisodeHeader.js';
import { useRecordFormat } from '../../format.js';
import type { FullRecord, RecordEntryDto } from '../../types.js';
import { entriesOfKind } from '../../types.js';
import { isConflict, planFieldErrors, planSubmitErrors } from '../plan-errors.js';
import { WithRecord } from '../WithRecord.js';
import type { ReviewValues } from './goal-review.js';
import { checkReview, newReviewValues, reviewedGoal, reviewFieldPath } from './goal-review.js';
import { GoalSummary } from './GoalSummary.js';
import { ReviewScoreFields } from './ReviewScoreFields.js';

const PREFIX = 'recordPlan.review.errors';
const OPTIONS = { ids: { on: 'review-on', note: 'review-note' }, mapPath: reviewFieldPath };

/** /episodes/:episodeId/plan/goals/:entryId/review — a review of a goal, and where it now stands. */
export function GoalReviewPage() {
  const { entryId } = useParams();
  return (
    <WithRecord>
      {({ episodeId, record }) => {
        const goal = entriesOfKind(record.entries, 'goal').find((e) => e.id === entryId);
        if (!goal) return <NotFoundPage />;
        return <ReviewForm key={goal.id} episodeId={episodeId} record={record} initial={goal} />;
      }}
    </WithRecord>
  );
}

interface ReviewFormProps {
  episodeId: string;
  record: FullRecord;
  initial: RecordEntryDto<'goal'>;
}

/**
 * Saved as a new version of the goal with the review added. If someone saved the goal first, their
 * version is loaded and shown, the review stays in the form, and saving again adds it to theirs.
 */
function ReviewForm({ episodeId, record, initial }: ReviewFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useRecordFormat();
  const [goal, setGoal] = useState(initial);
  const [values, setValues] = useState(() => newReviewValues(londonToday(), initial.data));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [conflicted, setConflicted] = useState(false);
  const [sending, setSending] = useState(false);
  const change = (patch: Partial<ReviewValues>): void => {
    setValues((current) => ({ ...current, ...patch }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const checked = checkReview(values, goal.data);
    if (!checked.ok) {
      setErrors(planFieldErrors(t, PREFIX, checked.problems, OPTIONS));
      return;
    }
    setSending(true);
    try {
      await updateEntry<'goal'>(
        episodeId,
        goal.id,
        goal.version,
        reviewedGoal(goal.data, checked.data),
      );
      void navigate(recordPages.episode(episodeId));
    } catch (error) {
      setSending(false);
      if (!isConflict(error)) {
        setErrors(planSubmitErrors(t, PREFIX, error, OPTIONS));
        return;
      }
      try {
        setGoal(await fetchEntry<'goal'>(episodeId, goal.id));
        setConflicted(true);
        setErrors({
          summary: [{ text: t('recordPlan.conflict.summary'), href: '#conflict' }],
          fields: {},
        });
      } catch (reloadError) {
        setErrors(planSubmitErrors(t, PREFIX, reloadError, OPTIONS));
      }
    }
  };

  return (
    <>
      <BackLink to={recordPages.episode(episodeId)}>{t('recordPlan.backToRecord')}</BackLink>
      <ErrorSummary items={errors.summary} />
      <PageHeading caption={record.person.name}>{t('recordPlan.review.title')}</PageHeading>
      <EpisodeHeader episode={record.episode} person={record.person} compact />
      {conflicted && (
        <WarningCallout heading={t('recordPlan.conflict.title')} id="conflict">
          <p>
            {t('recordPlan.conflict.savedBy', {
              name: goal.updatedBy,
              when: format.dateTime(goal.updatedAt),
            })}
          </p>
          <p>{t('recordPlan.review.conflictBody')}</p>
        </WarningCallout>
      )}
      <GoalSummary goal={goal.data} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <h2 className="nhsuk-heading-m">{t('recordPlan.review.formTitle')}</h2>
        <DateInput
          id="review-on"
          legend={t('recordPlan.review.on')}
          value={values.on}
          onChange={(on) => {
            change({ on });
          }}
          error={errors.fields.on}
        />
        <ReviewScoreFields
          goal={goal.data}
          values={values}
          onChange={change}
          errors={errors.fields}
        />
        <TextArea
          id="review-note"
          label={t('recordPlan.review.note')}
          value={values.note}
          onChange={(note) => {
            change({ note });
          }}
          rows={3}
          error={errors.fields.note}
        />
        <Radios
          id="status"
          legend={t('recordPlan.review.status')}
          items={GOAL_STATUSES.map((value) => ({
            value,
            label: t(`recordPlan.goalStatus.${value}`),
          }))}
          value={values.status}
          onChange={(status) => {
            change({ status: GOAL_STATUSES.find((s) => s === status) ?? values.status });
          }}
          error={errors.fields.status}
        />
        <button className="nhsuk-button" type="submit" disabled={sending}>
          {t('recordPlan.review.save')}
        </button>
      </form>
    </>
  );
}
