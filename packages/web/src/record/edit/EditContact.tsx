import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PageHeading } from '../../components/PageHeading.js';
import { londonToday } from '../../booking/dates.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { MultilineText } from '../../triage/components/MultilineText.js';
import { recordPages } from '../api.js';
import { ContactFields } from '../contact/ContactFields.js';
import type { ContactValues } from '../contact/contact-values.js';
import { contactValuesOf, toContactData } from '../contact/contact-values.js';
import { EpisodeHeader } from '../EpisodeHeader.js';
import { useRecordFormat } from '../format.js';
import { recordFieldErrors, recordSubmitErrors } from '../record-errors.js';
import type { EpisodeDto, PersonDto, RecordEntryDto } from '../types.js';
import { ConflictPanel } from './ConflictPanel.js';
import { useVersionedSave } from './use-versioned-save.js';

interface EditContactProps {
  episode: EpisodeDto;
  person: PersonDto;
  entry: RecordEntryDto<'contact'>;
}

/** The whole contact, to change; a newer version saved meanwhile is shown beside this one. */
export function EditContact({ episode, person, entry }: EditContactProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useRecordFormat();
  const [values, setValues] = useState<ContactValues>(() => contactValuesOf(entry.data));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const versioned = useVersionedSave(episode.id, entry);
  const back = recordPages.episode(episode.id);

  const save = (): void => {
    if (versioned.saving) return;
    const result = toContactData(values, londonToday());
    if (!result.ok) {
      setErrors(recordFieldErrors(t, result.problems));
      return;
    }
    setErrors(noErrors);
    versioned.save(result.data).then(
      (saved) => {
        if (saved) void navigate(back, { state: { saved: 'edit' } });
      },
      (error: unknown) => {
        setErrors(recordSubmitErrors(t, error));
      },
    );
  };
  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    save();
  };
  const theirs = versioned.theirs;

  return (
    <>
      <BackLink to={back}>{t('record.backToEpisode')}</BackLink>
      <ErrorSummary items={errors.summary} />
      <PageHeading caption={person.name}>{t('record.edit.contactTitle')}</PageHeading>
      <EpisodeHeader episode={episode} person={person} compact />
      {theirs && (
        <ConflictPanel
          theirs={theirs}
          theirText={
            <>
              <p>
                {format.day(theirs.data.occurredOn)}, {t(`record.contactMode.${theirs.data.mode}`)}
                {theirs.data.minutes !== null &&
                  `, ${t('record.contacts.minutes', { count: theirs.data.minutes })}`}
              </p>
              <p>
                <MultilineText text={theirs.data.note} />
              </p>
            </>
          }
          yourText={<MultilineText text={values.note} />}
          saving={versioned.saving}
          onSaveMine={save}
        />
      )}
      <p className="nhsuk-body-s">
        {t('record.edit.editingVersion', {
          version: entry.version,
          name: entry.updatedBy,
          when: format.dateTime(entry.updatedAt),
        })}
      </p>
      <form noValidate onSubmit={submit}>
        <ContactFields values={values} onChange={setValues} errors={errors.fields} />
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="submit" disabled={versioned.saving}>
            {t('record.edit.save')}
          </button>
          <Link className="nhsuk-link" to={back}>
            {t('record.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
