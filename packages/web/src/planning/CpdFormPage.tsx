import { CPD_ACTIVITIES, type StaffMember } from '@everyday/core';
import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../api.js';
import type { FieldError } from '../api-types.js';
import { datePartsToIso, isoToDateParts } from '../booking/dates.js';
import { fieldProblems, problem, submitErrors } from '../booking/form-errors.js';
import { BackLink } from '../components/BackLink.js';
import { DateInput } from '../components/DateInput.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { PageHeading } from '../components/PageHeading.js';
import { SelectInput } from '../components/SelectInput.js';
import { TextArea } from '../components/TextArea.js';
import { TextInput } from '../components/TextInput.js';
import { noErrors, type FormErrors } from '../form-errors.js';
import { ForMember, typedNumber } from './form-support.js';

const IDS = { completedOn: 'completed-on', title: 'cpd-title' };
const PREFIX = 'planning.cpdForm.errors';

/** /planning/staff/:userId/cpd/new */
export function CpdFormPage() {
  return <ForMember>{(member) => <CpdForm member={member} />}</ForMember>;
}

function CpdForm({ member }: { member: StaffMember }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { userId, name } = member.entry;
  const back = `/planning/staff/${userId}`;
  const [completedOn, setCompletedOn] = useState(isoToDateParts(member.today));
  const [title, setTitle] = useState('');
  const [activity, setActivity] = useState('course');
  const [hours, setHours] = useState('');
  const [learning, setLearning] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sending, setSending] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const date = datePartsToIso(completedOn);
    const amount = typedNumber(hours);
    const problems: FieldError[] = [];
    if (!date.ok) problems.push(problem('completedOn', date.code));
    else if (date.iso > member.today) problems.push(problem('completedOn', 'in_future'));
    if (title.trim() === '') problems.push(problem('title', 'required'));
    if (hours.trim() === '') problems.push(problem('hours', 'required'));
    else if (amount === null || amount < 0.25 || amount > 100)
      problems.push(problem('hours', 'invalid_value'));
    if (problems.length > 0 || !date.ok || amount === null) {
      setErrors(fieldProblems(t, PREFIX, problems, IDS));
      return;
    }
    setSending(true);
    try {
      await api.post(
        `/api/planning/staff/${userId}/cpd`,
        {
          completedOn: date.iso,
          title: title.trim(),
          activity,
          hours: amount,
          learning: learning.trim(),
        },
        { retryOnCsrf: true },
      );
      void navigate(back, { state: { saved: 'cpd' } });
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
      <PageHeading>{t('planning.cpdForm.title', { name })}</PageHeading>
      <p className="nhsuk-body">{t('planning.cpdForm.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DateInput
          id="completed-on"
          legend={t('planning.cpdForm.completedOn')}
          hint={t('planning.profileForm.dateHint')}
          value={completedOn}
          onChange={setCompletedOn}
          error={errors.fields.completedOn}
        />
        <TextInput
          id="cpd-title"
          label={t('planning.cpdForm.titleLabel')}
          hint={t('planning.cpdForm.titleHint')}
          value={title}
          onChange={setTitle}
          error={errors.fields.title}
        />
        <SelectInput
          id="activity"
          label={t('planning.cpdForm.activity')}
          value={activity}
          onChange={setActivity}
          options={CPD_ACTIVITIES.map((a) => ({
            value: a,
            label: t(`planning.cpdForm.activities.${a}`),
          }))}
          error={errors.fields.activity}
        />
        <TextInput
          id="hours"
          label={t('planning.cpdForm.hours')}
          hint={t('planning.cpdForm.hoursHint')}
          value={hours}
          onChange={setHours}
          inputMode="text"
          width={5}
          error={errors.fields.hours}
        />
        <TextArea
          id="learning"
          label={t('planning.cpdForm.learning')}
          value={learning}
          onChange={setLearning}
          error={errors.fields.learning}
        />
        <button className="nhsuk-button" type="submit" disabled={sending}>
          {t('planning.cpdForm.save')}
        </button>
      </form>
    </>
  );
}
