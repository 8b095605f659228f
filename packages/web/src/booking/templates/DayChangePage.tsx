import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api.js';
import type { FieldError } from '../../api-types.js';
import { BackLink } from '../../components/BackLink.js';
import { DateInput } from '../../components/DateInput.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Radios } from '../../components/Radios.js';
import { TextInput } from '../../components/TextInput.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { NotFoundPage } from '../../pages/NotFoundPage.js';
import { fieldProblems, problem, submitErrors } from '../form-errors.js';
import { useResource } from '../../hooks/use-resource.js';
import type { ClinicTemplate, SyncReport } from '../clinic-types.js';
import { datePartsToIso, isoToDateParts, normaliseTime } from '../dates.js';
import type { ClinicOutcome } from '../outcome.js';

const IDS = {
  date: 'day-date',
  kind: 'day-kind',
  startTime: 'moved-start',
  endTime: 'moved-end',
  reason: 'day-reason',
};

/** /clinics/templates/:id/day — cancel one day of a clinic, or move it to other times. */
export function DayChangePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const templates = useResource<{ templates: ClinicTemplate[] }>('/api/clinic-templates');
  const [date, setDate] = useState(isoToDateParts(null));
  const [kind, setKind] = useState('');
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sending, setSending] = useState(false);
  const prefix = 'clinics.day.errors';

  if (templates.error) return <LoadFailure error={templates.error} />;
  if (!templates.data) return <Loading />;
  const template = templates.data.templates.find((tpl) => tpl.id === id);
  if (!template) return <NotFoundPage />;

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const day = datePartsToIso(date);
    const start = normaliseTime(startTime);
    const end = normaliseTime(endTime);
    const problems: FieldError[] = [];
    if (!day.ok) problems.push(problem('date', day.code));
    if (kind === '') problems.push(problem('kind', 'required'));
    if (kind === 'moved') {
      if (start === null)
        problems.push(problem('startTime', startTime.trim() ? 'format' : 'required'));
      if (end === null) problems.push(problem('endTime', endTime.trim() ? 'format' : 'required'));
      if (start !== null && end !== null && end <= start)
        problems.push(problem('endTime', 'end_not_after_start'));
    }
    if (problems.length > 0 || !day.ok) {
      setErrors(fieldProblems(t, prefix, problems, IDS));
      return;
    }
    setSending(true);
    try {
      const { sync } = await api.post<{ sync: SyncReport }>(
        `/api/clinic-templates/${encodeURIComponent(template.id)}/exceptions`,
        {
          date: day.iso,
          kind,
          ...(kind === 'moved' && start && end ? { startTime: start, endTime: end } : {}),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        },
        { retryOnCsrf: true },
      );
      const outcome: ClinicOutcome = { kind: 'day', name: template.name, sync };
      void navigate('/clinics/templates', { state: { outcome } });
    } catch (error) {
      setErrors(
        submitErrors(t, prefix, error, { language: i18n.resolvedLanguage ?? 'en', ids: IDS }),
      );
      setSending(false);
    }
  };

  const times = (
    <>
      <TextInput
        id="moved-start"
        label={t('clinics.day.startTime')}
        hint={t('clinics.template.timeHint')}
        value={startTime}
        onChange={setStartTime}
        width={5}
        error={errors.fields.startTime}
      />
      <TextInput
        id="moved-end"
        label={t('clinics.day.endTime')}
        hint={t('clinics.template.timeHint')}
        value={endTime}
        onChange={setEndTime}
        width={5}
        error={errors.fields.endTime}
      />
    </>
  );
  return (
    <>
      <BackLink to="/clinics/templates">{t('clinics.backToTemplates')}</BackLink>
      <ErrorSummary items={errors.summary} />
      <PageHeading caption={template.name}>{t('clinics.day.title')}</PageHeading>
      <p className="nhsuk-body">{t('clinics.day.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DateInput
          id="day-date"
          legend={t('clinics.day.date')}
          hint={t('clinics.template.dateHint')}
          value={date}
          onChange={setDate}
          error={errors.fields.date}
        />
        <Radios
          id="day-kind"
          legend={t('clinics.day.kind')}
          items={[
            { value: 'cancelled', label: t('clinics.day.cancelled') },
            {
              value: 'moved',
              label: t('clinics.day.moved'),
              // Rendered only while chosen (see TemplateHowFields).
              conditional: kind === 'moved' ? times : undefined,
            },
          ]}
          value={kind}
          onChange={setKind}
          error={errors.fields.kind}
        />
        <TextInput
          id="day-reason"
          label={t('clinics.day.reason')}
          value={reason}
          onChange={setReason}
          error={errors.fields.reason}
        />
        <button className="nhsuk-button" type="submit" disabled={sending}>
          {t('clinics.day.save')}
        </button>
      </form>
    </>
  );
}
