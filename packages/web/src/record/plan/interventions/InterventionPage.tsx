import { INTERVENTION_CODES, INTERVENTION_LABELS } from '@everyday/core';
import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { BackLink } from '../../../components/BackLink.js';
import { Checkboxes } from '../../../components/Checkboxes.js';
import { DateInput } from '../../../components/DateInput.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import { TextInput } from '../../../components/TextInput.js';
import { londonToday } from '../../../booking/dates.js';
import type { FormErrors } from '../../../form-errors.js';
import { noErrors } from '../../../form-errors.js';
import { useLocalise } from '../../../localise.js';
import { createEntry, recordPages } from '../../api.js';
import { EpisodeHeader } from '../../EpisodeHeader.js';
import type { FullRecord } from '../../types.js';
import { entriesOfKind } from '../../types.js';
import { planFieldErrors, planSubmitErrors } from '../plan-errors.js';
import { WithRecord } from '../WithRecord.js';
import type { InterventionValues } from './intervention-form.js';
import { checkIntervention, newInterventionValues } from './intervention-form.js';

const PREFIX = 'recordPlan.intervention.errors';

/** /episodes/:episodeId/plan/interventions/new — what was done, and the goals it serves. */
export function InterventionPage() {
  return (
    <WithRecord>
      {({ episodeId, record }) => <InterventionForm episodeId={episodeId} record={record} />}
    </WithRecord>
  );
}

function InterventionForm({ episodeId, record }: { episodeId: string; record: FullRecord }) {
  const { t } = useTranslation();
  const l = useLocalise();
  const navigate = useNavigate();
  const [values, setValues] = useState(() => newInterventionValues(londonToday()));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sending, setSending] = useState(false);
  const goals = entriesOfKind(record.entries, 'goal');
  const change = (patch: Partial<InterventionValues>): void => {
    setValues((current) => ({ ...current, ...patch }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const checked = checkIntervention(
      values,
      goals.map((goal) => goal.id),
    );
    if (!checked.ok) {
      setErrors(planFieldErrors(t, PREFIX, checked.problems));
      return;
    }
    setSending(true);
    try {
      await createEntry(episodeId, 'intervention', checked.data);
      void navigate(recordPages.episode(episodeId));
    } catch (error) {
      setSending(false);
      setErrors(planSubmitErrors(t, PREFIX, error));
    }
  };

  const destination = (
    <TextInput
      id="destination"
      label={t('recordPlan.intervention.destination')}
      hint={t('recordPlan.intervention.destinationHint')}
      value={values.destination}
      onChange={(typed) => {
        change({ destination: typed });
      }}
      error={errors.fields.destination}
    />
  );
  return (
    <>
      <BackLink to={recordPages.episode(episodeId)}>{t('recordPlan.backToRecord')}</BackLink>
      <ErrorSummary items={errors.summary} />
      <PageHeading caption={record.person.name}>{t('recordPlan.intervention.title')}</PageHeading>
      <EpisodeHeader episode={record.episode} person={record.person} compact />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Radios
          id="code"
          legend={t('recordPlan.intervention.code')}
          items={INTERVENTION_CODES.map((code) => ({
            value: code,
            label: l(INTERVENTION_LABELS[code]),
            conditional: code === 'onward_referral' ? destination : undefined,
          }))}
          value={values.code}
          onChange={(code) => {
            change({ code: INTERVENTION_CODES.find((c) => c === code) ?? '' });
          }}
          error={errors.fields.code}
        />
        {goals.length === 0 ? (
          <p className="nhsuk-body" id="goalIds">
            {t('recordPlan.intervention.noGoals')}
          </p>
        ) : (
          <Checkboxes
            id="goalIds"
            legend={t('recordPlan.intervention.goals')}
            hint={t('recordPlan.intervention.goalsHint')}
            items={goals.map((goal) => ({
              value: goal.id,
              id: `goal-${goal.id}`,
              label: goal.data.wording,
            }))}
            selected={values.goalIds}
            onChange={(goalIds) => {
              change({ goalIds });
            }}
            error={errors.fields.goalIds}
          />
        )}
        <DateInput
          id="deliveredOn"
          legend={t('recordPlan.intervention.deliveredOn')}
          value={values.deliveredOn}
          onChange={(deliveredOn) => {
            change({ deliveredOn });
          }}
          error={errors.fields.deliveredOn}
        />
        <TextArea
          id="note"
          label={t('recordPlan.intervention.note')}
          value={values.note}
          onChange={(note) => {
            change({ note });
          }}
          rows={4}
          error={errors.fields.note}
        />
        <button className="nhsuk-button" type="submit" disabled={sending}>
          {t('recordPlan.intervention.save')}
        </button>
      </form>
    </>
  );
}
