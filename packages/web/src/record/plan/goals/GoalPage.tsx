import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { BackLink } from '../../../components/BackLink.js';
import { Checkboxes } from '../../../components/Checkboxes.js';
import { DateInput } from '../../../components/DateInput.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { TextArea } from '../../../components/TextArea.js';
import { londonToday } from '../../../booking/dates.js';
import type { FormErrors } from '../../../form-errors.js';
import { noErrors } from '../../../form-errors.js';
import { createEntry, recordPages } from '../../api.js';
import { EpisodeHeader } from '../../EpisodeHeader.js';
import type { FullRecord } from '../../types.js';
import { planFieldErrors, planSubmitErrors } from '../plan-errors.js';
import { WithRecord } from '../WithRecord.js';
import type { GoalValues } from './goal-form.js';
import { checkGoal, newGoalValues } from './goal-form.js';
import { GoalMeasureFields } from './GoalMeasureFields.js';

const PREFIX = 'recordPlan.goal.errors';
/** Server problems about a whole measure point at its choice. */
const OPTIONS = { ids: { gas: 'measure', copm: 'measure' } };

/** /episodes/:episodeId/plan/goals/new — a goal in the person's own words. */
export function GoalPage() {
  return (
    <WithRecord>
      {({ episodeId, record }) => <GoalForm episodeId={episodeId} record={record} />}
    </WithRecord>
  );
}

function GoalForm({ episodeId, record }: { episodeId: string; record: FullRecord }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(() => newGoalValues(londonToday()));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sending, setSending] = useState(false);
  const change = (patch: Partial<GoalValues>): void => {
    setValues((current) => ({ ...current, ...patch }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const checked = checkGoal(values);
    if (!checked.ok) {
      setErrors(planFieldErrors(t, PREFIX, checked.problems, OPTIONS));
      return;
    }
    setSending(true);
    try {
      await createEntry(episodeId, 'goal', checked.data);
      void navigate(recordPages.episode(episodeId));
    } catch (error) {
      setSending(false);
      setErrors(planSubmitErrors(t, PREFIX, error, OPTIONS));
    }
  };

  return (
    <>
      <BackLink to={recordPages.episode(episodeId)}>{t('recordPlan.backToRecord')}</BackLink>
      <ErrorSummary items={errors.summary} />
      <PageHeading caption={record.person.name}>{t('recordPlan.goal.title')}</PageHeading>
      <EpisodeHeader episode={record.episode} person={record.person} compact />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextArea
          id="wording"
          label={t('recordPlan.goal.wording')}
          labelSize="s"
          hint={t('recordPlan.goal.wordingHint')}
          value={values.wording}
          onChange={(wording) => {
            change({ wording });
          }}
          rows={3}
          error={errors.fields.wording}
        />
        <Checkboxes
          id="agreed"
          legend={t('recordPlan.goal.agreement')}
          items={[
            {
              value: 'agreed',
              label: t('recordPlan.goal.agreed'),
              conditional: (
                <DateInput
                  id="agreedOn"
                  legend={t('recordPlan.goal.agreedOn')}
                  value={values.agreedOn}
                  onChange={(agreedOn) => {
                    change({ agreedOn });
                  }}
                  error={errors.fields.agreedOn}
                />
              ),
            },
          ]}
          selected={values.agreed ? ['agreed'] : []}
          onChange={(selected) => {
            change({ agreed: selected.includes('agreed') });
          }}
          error={errors.fields.agreed}
        />
        <GoalMeasureFields values={values} onChange={change} errors={errors.fields} />
        <button className="nhsuk-button" type="submit" disabled={sending}>
          {t('recordPlan.goal.save')}
        </button>
      </form>
    </>
  );
}
