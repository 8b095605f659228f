import { DISCHARGE_REASON_LABELS, DISCHARGE_REASONS } from '@everyday/core';
import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../components/BackLink.js';
import { Checkbox } from '../../../components/Checkbox.js';
import { DateInput } from '../../../components/DateInput.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import { londonToday } from '../../../booking/dates.js';
import type { FormErrors } from '../../../form-errors.js';
import { noErrors } from '../../../form-errors.js';
import { useLocalise } from '../../../localise.js';
import { dischargeEpisode, recordPages, recordPaths } from '../../api.js';
import { EpisodeHeader } from '../../EpisodeHeader.js';
import type { FullRecord } from '../../types.js';
import { planFieldErrors, planSubmitErrors } from '../plan-errors.js';
import { SavedPanel } from '../SavedPanel.js';
import { WithRecord } from '../WithRecord.js';
import type { DischargeValues } from './discharge-form.js';
import { checkDischargeValues, measuresRepeated, newDischargeValues } from './discharge-form.js';
import { AvoidedFields, MeasuresFields, WorkOutcomeFields } from './DischargeOutcomeFields.js';

const PREFIX = 'recordPlan.discharge.errors';

/** /episodes/:episodeId/plan/discharge — discharge, which closes the episode. */
export function DischargePage() {
  return (
    <WithRecord>
      {({ episodeId, record }) => <DischargeForm episodeId={episodeId} record={record} />}
    </WithRecord>
  );
}

function DischargeForm({ episodeId, record }: { episodeId: string; record: FullRecord }) {
  const { t } = useTranslation();
  const l = useLocalise();
  const [values, setValues] = useState(() => newDischargeValues(londonToday()));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<{ premSent: boolean } | null>(null);
  const pathway = record.episode.pathway;
  const change = (patch: Partial<DischargeValues>): void => {
    setValues((current) => ({ ...current, ...patch }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const checked = checkDischargeValues(values, record.entries, pathway);
    if (!checked.ok) {
      setErrors(planFieldErrors(t, PREFIX, checked.problems));
      return;
    }
    setSending(true);
    try {
      const created = await dischargeEpisode(episodeId, checked.data);
      setDone({ premSent: created.premSent });
    } catch (error) {
      setSending(false);
      setErrors(planSubmitErrors(t, PREFIX, error));
    }
  };

  if (done)
    return (
      <SavedPanel
        episodeId={episodeId}
        title={t('recordPlan.discharge.doneTitle')}
        body={record.person.name}
      >
        <p className="nhsuk-body">{t('recordPlan.discharge.doneBody')}</p>
        {done.premSent && <p className="nhsuk-body">{t('recordPlan.discharge.premSent')}</p>}
        <p className="nhsuk-body">
          <a href={recordPaths.dischargeLetter(episodeId)} id="discharge-letter" download>
            {t('recordPlan.discharge.downloadLetter')}
          </a>
        </p>
      </SavedPanel>
    );

  const section = { values, onChange: change, errors: errors.fields };
  return (
    <>
      <BackLink to={recordPages.episode(episodeId)}>{t('recordPlan.backToRecord')}</BackLink>
      <ErrorSummary items={errors.summary} />
      <PageHeading caption={record.person.name}>{t('recordPlan.discharge.title')}</PageHeading>
      <EpisodeHeader episode={record.episode} person={record.person} compact />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DateInput
          id="dischargedOn"
          legend={t('recordPlan.discharge.dischargedOn')}
          value={values.dischargedOn}
          onChange={(dischargedOn) => {
            change({ dischargedOn });
          }}
          error={errors.fields.dischargedOn}
        />
        <Radios
          id="reason"
          legend={t('recordPlan.discharge.reason')}
          items={DISCHARGE_REASONS.map((reason) => ({
            value: reason,
            label: l(DISCHARGE_REASON_LABELS[reason]),
          }))}
          value={values.reason}
          onChange={(chosen) => {
            change({ reason: DISCHARGE_REASONS.find((reason) => reason === chosen) ?? '' });
          }}
          error={errors.fields.reason}
        />
        <TextArea
          id="reasonDetail"
          label={t('recordPlan.discharge.reasonDetail')}
          hint={t('recordPlan.discharge.reasonDetailHint')}
          value={values.reasonDetail}
          onChange={(reasonDetail) => {
            change({ reasonDetail });
          }}
          rows={3}
          error={errors.fields.reasonDetail}
        />
        <h2 className="nhsuk-heading-m">{t('recordPlan.discharge.measuresTitle')}</h2>
        <MeasuresFields
          {...section}
          episodeId={episodeId}
          repeated={measuresRepeated(record.entries)}
        />
        <h2 className="nhsuk-heading-m">{t('recordPlan.discharge.avoidedTitle')}</h2>
        <AvoidedFields {...section} />
        {pathway === 'work' && (
          <>
            <h2 className="nhsuk-heading-m">{t('recordPlan.discharge.workTitle')}</h2>
            <WorkOutcomeFields {...section} />
          </>
        )}
        <h2 className="nhsuk-heading-m">{t('recordPlan.discharge.gpTitle')}</h2>
        <TextArea
          id="adviceForGp"
          label={t('recordPlan.discharge.adviceForGp')}
          hint={t('recordPlan.discharge.adviceForGpHint')}
          value={values.adviceForGp}
          onChange={(adviceForGp) => {
            change({ adviceForGp });
          }}
          rows={4}
          error={errors.fields.adviceForGp}
        />
        <Checkbox
          id="sendPrem"
          label={t('recordPlan.discharge.sendPrem')}
          hint={t('recordPlan.discharge.sendPremHint')}
          checked={values.sendPrem}
          onChange={(sendPrem) => {
            change({ sendPrem });
          }}
          error={errors.fields.sendPrem}
        />
        <button className="nhsuk-button" type="submit" disabled={sending}>
          {t('recordPlan.discharge.save')}
        </button>
      </form>
    </>
  );
}
