import { AFC_BANDS, STAFF_PROFESSIONS, type StaffMember } from '@everyday/core';
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
import { Radios } from '../components/Radios.js';
import { SelectInput } from '../components/SelectInput.js';
import { TextInput } from '../components/TextInput.js';
import { noErrors, type FormErrors } from '../form-errors.js';
import { ForMember, typedNumber } from './form-support.js';

const IDS = {
  hcpcNumber: 'hcpc-number',
  hcpcRenewalOn: 'hcpc-renewal-on',
  startedOn: 'started-on',
  supervisionIntervalMonths: 'supervision-interval',
};
const PREFIX = 'planning.profileForm.errors';

/** /planning/staff/:userId/profile — leads and administrators keep the profile. */
export function StaffProfilePage() {
  return <ForMember>{(member) => <ProfileForm member={member} />}</ForMember>;
}

/**
 * The profile form. It sends the version it was opened at: if someone saved since, the server
 * refuses (409), and what was typed stays in the form with the reason above it.
 */
function ProfileForm({ member }: { member: StaffMember }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { userId, name, profile } = member.entry;
  const back = `/planning/staff/${userId}`;
  const [profession, setProfession] = useState<string>(
    profile?.profession ?? 'occupational_therapist',
  );
  const [band, setBand] = useState<string>(profile?.band ?? '');
  const [hcpcNumber, setHcpcNumber] = useState(profile?.hcpcNumber ?? '');
  const [renewalOn, setRenewalOn] = useState(isoToDateParts(profile?.hcpcRenewalOn));
  const [wte, setWte] = useState(profile === null ? '' : String(profile.wte));
  const [startedOn, setStartedOn] = useState(isoToDateParts(profile?.startedOn));
  const [interval, setInterval] = useState(String(profile?.supervisionIntervalMonths ?? 1));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sending, setSending] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const number = hcpcNumber.trim().toUpperCase();
    const renewal = datePartsToIso(renewalOn);
    const renewalEmpty = Object.values(renewalOn).every((part) => part.trim() === '');
    const started = datePartsToIso(startedOn);
    const wteValue = typedNumber(wte);
    const months = typedNumber(interval);
    const problems: FieldError[] = [];
    if (band === '') problems.push(problem('band', 'required'));
    if (number !== '' && !/^[A-Z]{2}\d{4,7}$/.test(number))
      problems.push(problem('hcpcNumber', 'hcpc_format'));
    if (number === '' && !renewalEmpty) problems.push(problem('hcpcNumber', 'required'));
    if (number !== '' && !renewal.ok) problems.push(problem('hcpcRenewalOn', renewal.code));
    if (!renewalEmpty && !renewal.ok && number === '')
      problems.push(problem('hcpcRenewalOn', renewal.code));
    if (wte.trim() === '') problems.push(problem('wte', 'required'));
    else if (wteValue === null || wteValue <= 0 || wteValue > 1)
      problems.push(problem('wte', 'wte_range'));
    if (!started.ok) problems.push(problem('startedOn', started.code));
    if (months === null || !Number.isInteger(months) || months < 1 || months > 12)
      problems.push(problem('supervisionIntervalMonths', 'invalid_value'));
    if (problems.length > 0 || !started.ok || wteValue === null || months === null) {
      setErrors(fieldProblems(t, PREFIX, problems, IDS));
      return;
    }
    setSending(true);
    try {
      await api.put(
        `/api/planning/staff/${userId}/profile`,
        {
          baseVersion: profile?.version ?? null,
          profession,
          band,
          hcpcNumber: number === '' ? null : number,
          hcpcRenewalOn: number === '' || !renewal.ok ? null : renewal.iso,
          wte: wteValue,
          startedOn: started.iso,
          supervisionIntervalMonths: months,
        },
        { retryOnCsrf: true },
      );
      void navigate(back, { state: { saved: 'profile' } });
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
      <PageHeading>{t('planning.profileForm.title', { name })}</PageHeading>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Radios
          id="profession"
          legend={t('planning.profileForm.profession')}
          items={STAFF_PROFESSIONS.map((p) => ({ value: p, label: t(`planning.profession.${p}`) }))}
          value={profession}
          onChange={setProfession}
          error={errors.fields.profession}
        />
        <SelectInput
          id="band"
          label={t('planning.profileForm.band')}
          value={band}
          onChange={setBand}
          options={[
            { value: '', label: t('planning.profileForm.chooseBand') },
            ...AFC_BANDS.map((b) => ({ value: b, label: t('planning.band', { band: b }) })),
          ]}
          error={errors.fields.band}
        />
        <TextInput
          id="hcpc-number"
          label={t('planning.profileForm.hcpcNumber')}
          hint={t('planning.profileForm.hcpcNumberHint')}
          value={hcpcNumber}
          onChange={setHcpcNumber}
          width={10}
          spellCheck={false}
          error={errors.fields.hcpcNumber}
        />
        <DateInput
          id="hcpc-renewal-on"
          legend={t('planning.profileForm.hcpcRenewalOn')}
          hint={t('planning.profileForm.dateHint')}
          value={renewalOn}
          onChange={setRenewalOn}
          error={errors.fields.hcpcRenewalOn}
        />
        <TextInput
          id="wte"
          label={t('planning.profileForm.wte')}
          hint={t('planning.profileForm.wteHint')}
          value={wte}
          onChange={setWte}
          width={5}
          error={errors.fields.wte}
        />
        <DateInput
          id="started-on"
          legend={t('planning.profileForm.startedOn')}
          hint={t('planning.profileForm.dateHint')}
          value={startedOn}
          onChange={setStartedOn}
          error={errors.fields.startedOn}
        />
        <TextInput
          id="supervision-interval"
          label={t('planning.profileForm.supervisionInterval')}
          hint={t('planning.profileForm.supervisionIntervalHint')}
          value={interval}
          onChange={setInterval}
          inputMode="numeric"
          width={5}
          error={errors.fields.supervisionIntervalMonths}
        />
        <button className="nhsuk-button" type="submit" disabled={sending}>
          {t('planning.profileForm.save')}
        </button>
      </form>
    </>
  );
}
