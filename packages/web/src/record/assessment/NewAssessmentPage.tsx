import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api.js';
import { BackLink } from '../../components/BackLink.js';
import { DateInput } from '../../components/DateInput.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { TextArea } from '../../components/TextArea.js';
import { londonToday } from '../../booking/dates.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { useLocalise } from '../../localise.js';
import { ForbiddenPage } from '../../pages/ForbiddenPage.js';
import { createEntry, recordPages, useRecord } from '../api.js';
import { EpisodeHeader } from '../EpisodeHeader.js';
import { recordFieldErrors, recordSubmitErrors } from '../record-errors.js';
import type { FullRecord } from '../types.js';
import { AssessmentSectionFields } from './AssessmentSectionFields.js';
import type { AssessmentValues } from './assessment-values.js';
import { copmProblemsToReassess } from '@everyday/core';
import { newAssessmentValues, readStage } from './assessment-values.js';
import { formPathOfSent, readAssessment } from './read-assessment.js';
import { SectionFrame } from './sections/fields.js';

/**
 * /episodes/:episodeId/assessments/new?stage=initial|review|discharge — an assessment built from
 * the pathway's template; Everyday computes the scores once it is saved.
 */
export function NewAssessmentPage() {
  const { episodeId = '' } = useParams();
  const record = useRecord(episodeId);
  if (record.error && !record.data) return <LoadFailure error={record.error} />;
  if (!record.data) return <Loading />;
  if (record.data.view !== 'full') return <ForbiddenPage />;
  return <AssessmentForm record={record.data} />;
}

function AssessmentForm({ record }: { record: FullRecord }) {
  const { t } = useTranslation();
  const l = useLocalise();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const stage = readStage(searchParams.get('stage'));
  const { episode, person, template } = record;
  const [values, setValues] = useState<AssessmentValues>(() =>
    newAssessmentValues(
      londonToday(),
      stage === 'initial' ? [] : copmProblemsToReassess(record.entries),
    ),
  );
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [saving, setSaving] = useState(false);
  const back = recordPages.episode(episode.id);
  const required = new Set(
    stage === 'initial' ? template.required : stage === 'discharge' ? ['eq5d5l'] : [],
  );

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (saving) return;
    const result = readAssessment(values, {
      pathway: episode.pathway,
      stage,
      sections: template.sections,
      today: londonToday(),
    });
    if (!result.ok) {
      setErrors(recordFieldErrors(t, result.problems));
      return;
    }
    setSaving(true);
    createEntry(episode.id, 'assessment', result.data).then(
      () => {
        void navigate(back, { state: { saved: 'assessment' } });
      },
      (error: unknown) => {
        setSaving(false);
        const remapped =
          error instanceof ApiError
            ? new ApiError(
                error.status,
                error.code,
                error.message,
                error.fields.map((f) => ({ ...f, path: formPathOfSent(f.path, values) })),
              )
            : error;
        setErrors(recordSubmitErrors(t, remapped));
      },
    );
  };

  return (
    <>
      <BackLink to={back}>{t('record.backToEpisode')}</BackLink>
      <ErrorSummary items={errors.summary} />
      <PageHeading
        caption={t('record.assessment.caption', {
          name: person.name,
          stage: t(`record.stage.${stage}`),
        })}
      >
        {l(template.title)}
      </PageHeading>
      <EpisodeHeader episode={episode} person={person} compact />
      <p className="nhsuk-body">
        {t(stage === 'review' ? 'record.assessment.introReview' : 'record.assessment.intro')}
      </p>
      <form noValidate onSubmit={submit}>
        <DateInput
          id="assessedOn"
          legend={t('record.assessment.assessedOn')}
          legendSize="m"
          value={values.assessedOn}
          onChange={(assessedOn) => {
            setValues({ ...values, assessedOn });
          }}
          error={errors.fields.assessedOn}
        />
        {template.sections.map((section) => (
          <SectionFrame
            key={section}
            section={section}
            required={required.has(section)}
            error={errors.fields[section]}
          >
            <AssessmentSectionFields
              section={section}
              values={values}
              onChange={setValues}
              errors={errors.fields}
            />
          </SectionFrame>
        ))}
        <TextArea
          id="notes"
          label={t('record.assessment.notes')}
          labelSize="m"
          hint={t('record.assessment.notesHint')}
          value={values.notes}
          onChange={(notes) => {
            setValues({ ...values, notes });
          }}
          rows={8}
          error={errors.fields.notes}
        />
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {t('record.assessment.save')}
          </button>
          <Link className="nhsuk-link" to={back}>
            {t('record.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
