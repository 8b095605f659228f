import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../components/BackLink.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { InsetText } from '../../../components/InsetText.js';
import { PageHeading } from '../../../components/PageHeading.js';
import { londonToday } from '../../../booking/dates.js';
import type { FormErrors } from '../../../form-errors.js';
import { noErrors } from '../../../form-errors.js';
import { createEntry, recordPages, recordPaths } from '../../api.js';
import { EpisodeHeader } from '../../EpisodeHeader.js';
import type { FullRecord } from '../../types.js';
import { planFieldErrors, planSubmitErrors } from '../plan-errors.js';
import { SavedPanel } from '../SavedPanel.js';
import { WithRecord } from '../WithRecord.js';
import { AdviceFields } from './AdviceFields.js';
import { DifficultiesFields } from './DifficultiesFields.js';
import { PractitionerFields } from './PractitionerFields.js';
import type { ReportValues } from './report-form.js';
import { checkReport, newReportValues } from './report-form.js';

const PREFIX = 'recordPlan.report.errors';

/** /episodes/:episodeId/plan/health-work-report/new — the AHP Health and Work Report. */
export function HealthWorkReportPage() {
  return (
    <WithRecord>
      {({ episodeId, record }) => <ReportForm episodeId={episodeId} record={record} />}
    </WithRecord>
  );
}

function ReportForm({ episodeId, record }: { episodeId: string; record: FullRecord }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => newReportValues(londonToday(), record.me));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sending, setSending] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(null);
  const change = (patch: Partial<ReportValues>): void => {
    setValues((current) => ({ ...current, ...patch }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const patient = { name: record.person.name, dateOfBirth: record.person.dateOfBirth };
    const checked = checkReport(values, patient);
    if (!checked.ok) {
      setErrors(planFieldErrors(t, PREFIX, checked.problems));
      return;
    }
    setSending(true);
    try {
      const saved = await createEntry(episodeId, 'health_work_report', checked.data);
      setSavedId(saved.id);
    } catch (error) {
      setSending(false);
      setErrors(planSubmitErrors(t, PREFIX, error));
    }
  };

  if (savedId !== null)
    return (
      <SavedPanel
        episodeId={episodeId}
        title={t('recordPlan.report.savedTitle')}
        body={record.person.name}
      >
        <p className="nhsuk-body">{t('recordPlan.report.savedBody')}</p>
        <p className="nhsuk-body">
          <a href={recordPaths.healthWorkReport(episodeId, savedId)} id="report-pdf" download>
            {t('recordPlan.report.download')}
          </a>
        </p>
      </SavedPanel>
    );

  const section = { values, onChange: change, errors: errors.fields };
  return (
    <>
      <BackLink to={recordPages.episode(episodeId)}>{t('recordPlan.backToRecord')}</BackLink>
      <ErrorSummary items={errors.summary} />
      <PageHeading caption={record.person.name}>{t('recordPlan.report.title')}</PageHeading>
      <EpisodeHeader episode={record.episode} person={record.person} compact />
      <InsetText>
        <p>{t('recordPlan.report.notAFitNote')}</p>
      </InsetText>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <h2 className="nhsuk-heading-m">{t('recordPlan.report.adviceTitle')}</h2>
        <AdviceFields {...section} />
        <h2 className="nhsuk-heading-m">{t('recordPlan.report.difficultiesTitle')}</h2>
        <DifficultiesFields {...section} />
        <h2 className="nhsuk-heading-m">{t('recordPlan.report.practitionerTitle')}</h2>
        <PractitionerFields {...section} />
        <button className="nhsuk-button" type="submit" disabled={sending}>
          {t('recordPlan.report.save')}
        </button>
      </form>
    </>
  );
}
