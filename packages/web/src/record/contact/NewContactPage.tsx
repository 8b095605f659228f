import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { SuccessBanner } from '../../components/SuccessBanner.js';
import { londonToday } from '../../booking/dates.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { createEntry, recordPages, useRecord } from '../api.js';
import { EpisodeHeader } from '../EpisodeHeader.js';
import { recordFieldErrors, recordSubmitErrors } from '../record-errors.js';
import { ContactFields } from './ContactFields.js';
import type { ContactValues } from './contact-values.js';
import { contactValuesForAppointment, toContactData } from './contact-values.js';

/** Who was just marked attended in the diary, when the diary sent us here (issue 16 item 5). */
function attendedName(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('attended' in state)) return null;
  return typeof state.attended === 'string' ? state.attended : null;
}

/**
 * /episodes/:episodeId/contacts/new — add a contact (a late note too, once the episode is closed).
 * With `?appointment=&date=&mode=` (from the diary after marking attendance) it is the contact
 * note for that appointment, pre-filled.
 */
export function NewContactPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { episodeId = '' } = useParams();
  const [params] = useSearchParams();
  const attended = attendedName(useLocation().state);
  const record = useRecord(episodeId);
  const [values, setValues] = useState<ContactValues>(() =>
    contactValuesForAppointment(params, londonToday()),
  );
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [saving, setSaving] = useState(false);

  if (record.error && !record.data) return <LoadFailure error={record.error} />;
  if (!record.data) return <Loading />;
  const { episode, person } = record.data;
  const back = recordPages.episode(episodeId);

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (saving) return;
    const result = toContactData(values, londonToday());
    if (!result.ok) {
      setErrors(recordFieldErrors(t, result.problems));
      return;
    }
    setSaving(true);
    createEntry(episodeId, 'contact', result.data).then(
      () => {
        void navigate(back, { state: { saved: 'contact' } });
      },
      (error: unknown) => {
        setSaving(false);
        setErrors(recordSubmitErrors(t, error));
      },
    );
  };

  return (
    <>
      <BackLink to={back}>{t('record.backToEpisode')}</BackLink>
      {attended !== null && values.appointmentId !== undefined && (
        <SuccessBanner>{t('record.contact.attendedBanner', { name: attended })}</SuccessBanner>
      )}
      <ErrorSummary items={errors.summary} />
      <PageHeading caption={person.name}>
        {t(
          values.appointmentId !== undefined
            ? 'record.contact.appointmentTitle'
            : episode.status === 'closed'
              ? 'record.contact.lateTitle'
              : 'record.contact.newTitle',
        )}
      </PageHeading>
      <EpisodeHeader episode={episode} person={person} compact />
      <form noValidate onSubmit={submit}>
        <ContactFields values={values} onChange={setValues} errors={errors.fields} />
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {t('record.contact.save')}
          </button>
          <Link className="nhsuk-link" to={back}>
            {t('record.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
