import { SUPERVISION_KINDS, SUPERVISION_TOPICS, type StaffMember } from '@everyday/core';
import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../api.js';
import type { FieldError } from '../api-types.js';
import { datePartsToIso, isoToDateParts } from '../booking/dates.js';
import { fieldProblems, problem, submitErrors } from '../booking/form-errors.js';
import { BackLink } from '../components/BackLink.js';
import { Checkboxes } from '../components/Checkboxes.js';
import { DateInput } from '../components/DateInput.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { PageHeading } from '../components/PageHeading.js';
import { Radios } from '../components/Radios.js';
import { TextArea } from '../components/TextArea.js';
import { TextInput } from '../components/TextInput.js';
import { noErrors, type FormErrors } from '../form-errors.js';
import { ForMember, typedNumber } from './form-support.js';

const IDS = { heldOn: 'held-on', supervisorName: 'supervisor-name', durationMinutes: 'duration' };
const PREFIX = 'planning.supervisionForm.errors';

/** /planning/staff/:userId/supervision/new */
export function SupervisionFormPage() {
  return <ForMember>{(member) => <SupervisionForm member={member} />}</ForMember>;
}

function SupervisionForm({ member }: { member: StaffMember }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { userId, name } = member.entry;
  const back = `/planning/staff/${userId}`;
  const [heldOn, setHeldOn] = useState(isoToDateParts(member.today));
  const [supervisorName, setSupervisorName] = useState('');
  const [kind, setKind] = useState('individual');
  const [duration, setDuration] = useState('60');
  const [topics, setTopics] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const [actions, setActions] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sending, setSending] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const date = datePartsToIso(heldOn);
    const minutes = typedNumber(duration);
    const problems: FieldError[] = [];
    if (!date.ok) problems.push(problem('heldOn', date.code));
    else if (date.iso > member.today) problems.push(problem('heldOn', 'in_future'));
    if (supervisorName.trim() === '') problems.push(problem('supervisorName', 'required'));
    if (duration.trim() === '') problems.push(problem('durationMinutes', 'required'));
    else if (minutes === null || !Number.isInteger(minutes) || minutes < 15 || minutes > 480)
      problems.push(problem('durationMinutes', 'invalid_value'));
    if (topics.length === 0) problems.push(problem('topics', 'required'));
    if (problems.length > 0 || !date.ok || minutes === null) {
      setErrors(fieldProblems(t, PREFIX, problems, IDS));
      return;
    }
    setSending(true);
    try {
      await api.post(
        `/api/planning/staff/${userId}/supervision`,
        {
          heldOn: date.iso,
          supervisorName: supervisorName.trim(),
          kind,
          durationMinutes: minutes,
          topics,
          summary: summary.trim(),
          actions: actions.trim(),
        },
        { retryOnCsrf: true },
      );
      void navigate(back, { state: { saved: 'supervision' } });
    } catch (error) {
      setErrors(
        submitErrors(t, PREFIX, error, { language: i18n.resolvedLanguage ?? 'en', ids: IDS }),
      );
      setSending(false);
    }
  };

  return (
    <>
      <BackLink to={back}>{t('planning.backToMember', { name })}</BackLink>
      <ErrorSummary items={errors.summary} />
      <PageHeading>{t('planning.supervisionForm.title', { name })}</PageHeading>
      <p className="nhsuk-body">{t('planning.supervisionForm.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DateInput
          id="held-on"
          legend={t('planning.supervisionForm.heldOn')}
          hint={t('planning.profileForm.dateHint')}
          value={heldOn}
          onChange={setHeldOn}
          error={errors.fields.heldOn}
        />
        <TextInput
          id="supervisor-name"
          label={t('planning.supervisionForm.supervisorName')}
          hint={t('planning.supervisionForm.supervisorHint')}
          value={supervisorName}
          onChange={setSupervisorName}
          error={errors.fields.supervisorName}
        />
        <Radios
          id="kind"
          legend={t('planning.supervisionForm.kind')}
          items={SUPERVISION_KINDS.map((k) => ({
            value: k,
            label: t(`planning.supervisionForm.kinds.${k}`),
          }))}
          value={kind}
          onChange={setKind}
          error={errors.fields.kind}
          inline
        />
        <TextInput
          id="duration"
          label={t('planning.supervisionForm.durationMinutes')}
          value={duration}
          onChange={setDuration}
          inputMode="numeric"
          width={5}
          error={errors.fields.durationMinutes}
        />
        <Checkboxes
          id="topics"
          legend={t('planning.supervisionForm.topics')}
          hint={t('planning.supervisionForm.topicsHint')}
          items={SUPERVISION_TOPICS.map((topic) => ({
            value: topic,
            label: t(`planning.supervisionForm.topicNames.${topic}`),
          }))}
          selected={topics}
          onChange={setTopics}
          error={errors.fields.topics}
        />
        <TextArea
          id="summary"
          label={t('planning.supervisionForm.summary')}
          hint={t('planning.supervisionForm.summaryHint')}
          value={summary}
          onChange={setSummary}
          error={errors.fields.summary}
        />
        <TextArea
          id="actions"
          label={t('planning.supervisionForm.actions')}
          value={actions}
          onChange={setActions}
          rows={3}
          error={errors.fields.actions}
        />
        <button className="nhsuk-button" type="submit" disabled={sending}>
          {t('planning.supervisionForm.save')}
        </button>
      </form>
    </>
  );
}
