import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PageHeading } from '../../components/PageHeading.js';
import { TextArea } from '../../components/TextArea.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { MultilineText } from '../../triage/components/MultilineText.js';
import { recordPages } from '../api.js';
import { EpisodeHeader } from '../EpisodeHeader.js';
import { useRecordFormat } from '../format.js';
import { recordSubmitErrors } from '../record-errors.js';
import type { EpisodeDto, PersonDto, RecordEntryDto } from '../types.js';
import { ConflictPanel } from './ConflictPanel.js';
import { useVersionedSave } from './use-versioned-save.js';

interface EditAssessmentNotesProps {
  episode: EpisodeDto;
  person: PersonDto;
  entry: RecordEntryDto<'assessment'>;
}

/**
 * An assessment's notes, to change (the answers and their scores stay as recorded). Saving over
 * someone else's version keeps their other changes and puts these notes on top.
 */
export function EditAssessmentNotes({ episode, person, entry }: EditAssessmentNotesProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useRecordFormat();
  const [notes, setNotes] = useState(entry.data.notes);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const versioned = useVersionedSave(episode.id, entry);
  const back = recordPages.episode(episode.id);
  const theirs = versioned.theirs;

  const save = (): void => {
    if (versioned.saving) return;
    setErrors(noErrors);
    const base = theirs?.data ?? entry.data;
    versioned.save({ ...base, notes: notes.trim() }).then(
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
  const title = t('record.assessments.heading', {
    stage: t(`record.stage.${entry.data.stage}`),
    date: format.day(entry.data.assessedOn),
  });

  return (
    <>
      <BackLink to={back}>{t('record.backToEpisode')}</BackLink>
      <ErrorSummary items={errors.summary} />
      <PageHeading caption={title}>{t('record.edit.notesTitle')}</PageHeading>
      <EpisodeHeader episode={episode} person={person} compact />
      {theirs && (
        <ConflictPanel
          theirs={theirs}
          theirText={<MultilineText text={theirs.data.notes} />}
          yourText={<MultilineText text={notes} />}
          saving={versioned.saving}
          onSaveMine={save}
        />
      )}
      <form noValidate onSubmit={submit}>
        <TextArea
          id="notes"
          label={t('record.assessment.notes')}
          hint={t('record.edit.notesHint')}
          value={notes}
          onChange={setNotes}
          rows={10}
          error={errors.fields.notes}
        />
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
