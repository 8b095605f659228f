import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { fieldProblems, submitErrors } from '../booking/form-errors.js';
import { useResource } from '../hooks/use-resource.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { SelectInput } from '../components/SelectInput.js';
import { SuccessBanner } from '../components/SuccessBanner.js';
import { TextInput } from '../components/TextInput.js';
import type { FormErrors } from '../form-errors.js';
import { noErrors } from '../form-errors.js';
import type { Person, SafetySettings, SafetySettingsList } from './crisis-types.js';
import { ACKNOWLEDGE_MINUTES_RANGE, checkSettings, leadCandidates } from './safety-settings.js';

interface OrganisationSettingsProps {
  settings: SafetySettings;
  candidates: readonly Person[];
  onSaved: (organisation: string) => void;
}

/** One organisation's safeguarding lead, time to acknowledge and practice email. */
function OrganisationSettings({ settings, candidates, onSaved }: OrganisationSettingsProps) {
  const { t, i18n } = useTranslation();
  const org = settings.organisationId;
  const name = settings.organisationName ?? settings.name ?? org;
  const ids = {
    safeguardingLeadUserId: `lead-${org}`,
    acknowledgeWithinMinutes: `minutes-${org}`,
    practiceEmail: `email-${org}`,
  };
  const [lead, setLead] = useState(settings.safeguardingLeadUserId ?? '');
  const [minutes, setMinutes] = useState(String(settings.acknowledgeWithinMinutes));
  const [email, setEmail] = useState(settings.practiceEmail ?? '');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [saving, setSaving] = useState(false);
  const prefix = 'crisis.settings.errors';

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const checked = checkSettings({
      safeguardingLeadUserId: lead,
      acknowledgeWithinMinutes: minutes,
      practiceEmail: email,
    });
    if (!checked.ok) {
      setErrors(fieldProblems(t, prefix, checked.problems, ids));
      return;
    }
    setSaving(true);
    try {
      await api.put(`/api/safety-settings/${encodeURIComponent(org)}`, checked.body);
      setErrors(noErrors);
      onSaved(name);
    } catch (error: unknown) {
      setErrors(
        submitErrors(t, prefix, error, {
          language: i18n.resolvedLanguage ?? 'en',
          ids,
          target: ids.safeguardingLeadUserId,
        }),
      );
    } finally {
      setSaving(false);
    }
  };

  const options = [
    { value: '', label: t('crisis.settings.noLead') },
    ...candidates.map((c) => ({ value: c.id, label: c.name })),
  ];
  if (lead !== '' && !candidates.some((c) => c.id === lead))
    options.push({ value: lead, label: t('crisis.settings.unknownUser') });
  return (
    <form
      noValidate
      aria-labelledby={`settings-title-${org}`}
      onSubmit={(event) => {
        void submit(event);
      }}
    >
      <ErrorSummary items={errors.summary} />
      <h2 className="nhsuk-heading-m" id={`settings-title-${org}`}>
        {name}
        {settings.kind && (
          <span className="nhsuk-caption-m">{t(`organisationKinds.${settings.kind}`)}</span>
        )}
      </h2>
      <SelectInput
        id={ids.safeguardingLeadUserId}
        label={t('crisis.settings.lead')}
        hint={t('crisis.settings.leadHint')}
        value={lead}
        onChange={setLead}
        options={options}
        error={errors.fields.safeguardingLeadUserId}
      />
      <TextInput
        id={ids.acknowledgeWithinMinutes}
        label={t('crisis.settings.minutes')}
        hint={t('crisis.settings.minutesHint', ACKNOWLEDGE_MINUTES_RANGE)}
        value={minutes}
        onChange={setMinutes}
        inputMode="numeric"
        width={5}
        error={errors.fields.acknowledgeWithinMinutes}
      />
      <TextInput
        id={ids.practiceEmail}
        label={t('crisis.settings.email')}
        hint={t('crisis.settings.emailHint')}
        value={email}
        onChange={setEmail}
        type="email"
        autoComplete="email"
        spellCheck={false}
        width={30}
        error={errors.fields.practiceEmail}
      />
      <button className="nhsuk-button" type="submit" disabled={saving}>
        {t('crisis.settings.save', { organisation: name })}
      </button>
    </form>
  );
}

/** /crisis/settings (admin or lead) — each organisation's safety settings. */
export function SafetySettingsPage() {
  const { t } = useTranslation();
  const list = useResource<SafetySettingsList>('/api/safety-settings');
  const [saved, setSaved] = useState<string | null>(null);
  if (list.error && !list.data) return <LoadFailure error={list.error} />;
  const settings = list.data?.settings ?? list.data?.organisations ?? [];
  return (
    <>
      {saved !== null && (
        <SuccessBanner>{t('crisis.settings.saved', { organisation: saved })}</SuccessBanner>
      )}
      <PageHeading>{t('crisis.settings.title')}</PageHeading>
      <p className="nhsuk-body">{t('crisis.settings.intro')}</p>
      {list.data === null ? (
        <Loading />
      ) : settings.length === 0 ? (
        <p className="nhsuk-body">{t('crisis.settings.none')}</p>
      ) : (
        settings.map((s) =>
          list.data ? (
            <OrganisationSettings
              key={s.organisationId}
              settings={s}
              candidates={leadCandidates(list.data)}
              onSaved={setSaved}
            />
          ) : null,
        )
      )}
    </>
  );
}
