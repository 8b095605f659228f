import type { SubmitEvent } from 'react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api.js';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { useResource } from '../../hooks/use-resource.js';
import { useSession } from '../../session.js';
import { newIdempotencyKey } from '../../idempotency-key.js';
import { ZFrontDoor } from '@everyday/core';
import type { PersonMatch, StaffRequestCreated } from '../../triage/request-types.js';
import { AccessSection } from './AccessSection.js';
import { EqualitySection } from './EqualitySection.js';
import { ClinicalReasonSection } from './ClinicalReasonSection.js';
import { ContactSection } from './ContactSection.js';
import { DuplicateCheck } from './DuplicateCheck.js';
import { staffRequestBody } from './entry-body.js';
import { entryErrors } from './entry-fields.js';
import { todayIso, validateEntry, validatePersonKey } from './entry-validation.js';
import type { EntryValues } from './entry-values.js';
import { channelsFor, emptyEntry } from './entry-values.js';
import { NeedsSection } from './NeedsSection.js';
import { PersonSection } from './PersonSection.js';
import { RedFlagsSection } from './RedFlagsSection.js';
import type { RecordedState } from './RequestRecordedPage.js';
import { submitErrors, withoutFields } from './submit-errors.js';
import { matchQueryOf, NEW_PERSON, useDuplicateCheck } from './use-duplicate-check.js';
import { WhoSection } from './WhoSection.js';

const PERSON_KEY_FIELDS = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'nhsNumber',
  'personChoice',
] as const;

/** Record a request made by phone or at the desk, or a clinician's referral, on one page. */
export function RecordRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const user = session.status === 'ready' ? session.user : null;
  const channels = channelsFor(user?.roles ?? []);
  const frontDoor = useResource('/api/front-door', ZFrontDoor);
  const [values, setValues] = useState(() => emptyEntry(channels, user?.name));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [saving, setSaving] = useState(false);
  const check = useDuplicateCheck(values);
  const update = useCallback((patch: Partial<EntryValues>) => {
    setValues((current) => ({ ...current, ...patch }));
  }, []);
  const clinicianOnly = channels.length === 1 && channels[0] === 'clinician_referral';
  const clinician = values.channel === 'clinician_referral';

  /** Checks for existing records; null when it could not (the errors say why). */
  const runCheck = async (): Promise<PersonMatch[] | null> => {
    const problems = validatePersonKey(values, todayIso());
    const query = matchQueryOf(values);
    if (problems.length > 0 || query === null) {
      setErrors(entryErrors(t, problems));
      return null;
    }
    try {
      const matches = await check.run(query);
      setErrors((current) => withoutFields(current, PERSON_KEY_FIELDS));
      return matches;
    } catch (error) {
      setErrors(submitErrors(t, error));
      return null;
    }
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    // Ignore a second press while the first is being sent (no `disabled`: it would drop focus).
    if (saving) return;
    const problems = validateEntry(values, todayIso());
    if (problems.length > 0) {
      setErrors(entryErrors(t, problems));
      return;
    }
    setSaving(true);
    try {
      const checked = check.current && check.state.status === 'checked';
      const matches =
        checked && check.state.status === 'checked' ? check.state.matches : await runCheck();
      if (matches === null) return;
      const chosen = checked ? check.choice : '';
      if (matches.length > 0 && chosen === '') {
        setErrors(entryErrors(t, [{ path: 'personId', code: 'choose_record', message: '' }]));
        return;
      }
      const personId =
        chosen !== NEW_PERSON && matches.some((match) => match.id === chosen) ? chosen : undefined;
      const created = await api.post<StaffRequestCreated>(
        '/api/requests/staff',
        staffRequestBody(values, personId),
        { headers: { 'idempotency-key': idempotencyKey }, retryOnCsrf: true },
      );
      const state: RecordedState = { recorded: created, clinician };
      await navigate('/requests/new/recorded', { state });
    } catch (error) {
      setErrors(submitErrors(t, error));
    } finally {
      setSaving(false);
    }
  };

  if (frontDoor.status === 'failed') return <LoadFailure error={frontDoor.error} />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/staff">{t('staffEntry.back')}</BackLink>
        <ErrorSummary items={errors.summary} />
        <PageHeading>{t(clinicianOnly ? 'staffEntry.referTitle' : 'staffEntry.title')}</PageHeading>
        <p className="nhsuk-body-l">
          {t(clinicianOnly ? 'staffEntry.referIntro' : 'staffEntry.intro')}
        </p>
        {frontDoor.status === 'loading' ? (
          <Loading />
        ) : (
          <form
            noValidate
            onSubmit={(event) => {
              void submit(event);
            }}
          >
            <WhoSection
              values={values}
              update={update}
              errors={errors.fields}
              channels={channels}
            />
            <PersonSection values={values} update={update} errors={errors.fields}>
              <DuplicateCheck
                check={check}
                onCheck={() => {
                  void runCheck();
                }}
                error={errors.fields.personChoice}
              />
            </PersonSection>
            <ContactSection
              values={values}
              update={update}
              errors={errors.fields}
              practices={frontDoor.data.practices}
            />
            <RedFlagsSection values={values} update={update} errors={errors.fields} />
            <NeedsSection values={values} update={update} errors={errors.fields} />
            <AccessSection values={values} update={update} errors={errors.fields} />
            <EqualitySection values={values} update={update} errors={errors.fields} />
            {clinician && (
              <ClinicalReasonSection values={values} update={update} errors={errors.fields} />
            )}
            <button className="nhsuk-button" type="submit" id="record-request">
              {t(clinician ? 'staffEntry.submitReferral' : 'staffEntry.submit')}
            </button>
            {saving && (
              <p className="nhsuk-body" role="status">
                {t('staffEntry.saving')}
              </p>
            )}
          </form>
        )}
      </div>
    </div>
  );
}
