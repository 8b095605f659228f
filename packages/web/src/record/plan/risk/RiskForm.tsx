import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { BackLink } from '../../../components/BackLink.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeading } from '../../../components/PageHeading.js';
import type { FormErrors } from '../../../form-errors.js';
import { noErrors } from '../../../form-errors.js';
import { createEntry, fetchEntry, recordPages, updateEntry } from '../../api.js';
import { EpisodeHeader } from '../../EpisodeHeader.js';
import type { FullRecord, RecordEntryDto } from '../../types.js';
import { isConflict, planFieldErrors, planSubmitErrors } from '../plan-errors.js';
import { DateInput } from '../../../components/DateInput.js';
import { DomainRiskFields } from './DomainRiskFields.js';
import { RiskAssessmentFields } from './RiskAssessmentFields.js';
import { RiskConflict } from './RiskConflict.js';
import type { RiskDifference, RiskValues } from './risk-form.js';
import {
  checkRisk,
  coversSuicide,
  otherDomains,
  riskDifferences,
  withSuicide,
} from './risk-form.js';
import { riskDomainsFor } from '@everyday/core';
import { Checkbox } from '../../../components/Checkbox.js';
import { RiskLevelFields } from './RiskLevelFields.js';
import { SafetyPlanFields } from './SafetyPlanFields.js';

const PREFIX = 'recordPlan.risk.errors';

interface RiskFormProps {
  episodeId: string;
  record: FullRecord;
  initial: RiskValues;
  /** The assessment being changed, or null for a new one. */
  entry: RecordEntryDto<'risk'> | null;
}

interface Conflict {
  theirs: RecordEntryDto<'risk'>;
  differences: RiskDifference[];
}

/**
 * A risk assessment and safety plan. Saving shows the safety plan to print; a change saved by
 * someone else meanwhile is shown beside this one, which stays in the form to be saved again.
 */
export function RiskForm({ episodeId, record, initial, entry }: RiskFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [baseVersion, setBaseVersion] = useState(entry?.version ?? 0);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [sending, setSending] = useState(false);
  const change = (patch: Partial<RiskValues>): void => {
    setValues((current) => ({ ...current, ...patch }));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const checked = checkRisk(values);
    if (!checked.ok) {
      setErrors(planFieldErrors(t, PREFIX, checked.problems));
      return;
    }
    setSending(true);
    try {
      const saved = entry
        ? await updateEntry<'risk'>(episodeId, entry.id, baseVersion, checked.data)
        : await createEntry(episodeId, 'risk', checked.data);
      // The suicide safety plan only where suicide was assessed (issue 16 item 7).
      void navigate(
        coversSuicide(values)
          ? recordPages.plan(episodeId, `risk/${saved.id}/safety-plan`)
          : recordPages.episode(episodeId),
        coversSuicide(values) ? undefined : { state: { saved: 'risk' } },
      );
    } catch (error) {
      setSending(false);
      if (entry && isConflict(error)) {
        try {
          const theirs = await fetchEntry<'risk'>(episodeId, entry.id);
          setBaseVersion(theirs.version);
          setConflict({ theirs, differences: riskDifferences(checked.data, theirs.data) });
          setErrors({
            summary: [{ text: t('recordPlan.conflict.summary'), href: '#conflict' }],
            fields: {},
          });
          return;
        } catch (reloadError) {
          setErrors(planSubmitErrors(t, PREFIX, reloadError));
          return;
        }
      }
      setErrors(planSubmitErrors(t, PREFIX, error));
    }
  };

  const section = { values, onChange: change, errors: errors.fields };
  return (
    <>
      <BackLink to={recordPages.episode(episodeId)}>{t('recordPlan.backToRecord')}</BackLink>
      <ErrorSummary items={errors.summary} />
      <PageHeading caption={record.person.name}>
        {entry ? t('recordPlan.risk.changeTitle') : t('recordPlan.risk.title')}
      </PageHeading>
      <EpisodeHeader episode={record.episode} person={record.person} compact />
      {conflict && <RiskConflict theirs={conflict.theirs} differences={conflict.differences} />}
      <form noValidate onSubmit={(event) => void submit(event)}>
        {!riskDomainsFor(record.episode.pathway).includes('suicide') && (
          <Checkbox
            id="assess-suicide"
            label={t('recordPlan.risk.alsoSuicide')}
            hint={t('recordPlan.risk.alsoSuicideHint')}
            checked={coversSuicide(values)}
            onChange={(on) => {
              change({ domains: withSuicide(values.domains, on) });
            }}
          />
        )}
        {coversSuicide(values) ? (
          <>
            <h2 className="nhsuk-heading-m">{t('recordPlan.risk.assessmentTitle')}</h2>
            <RiskAssessmentFields {...section} />
          </>
        ) : (
          <DateInput
            id="assessedOn"
            legend={t('recordPlan.risk.assessedOn')}
            value={values.assessedOn}
            onChange={(assessedOn) => {
              change({ assessedOn });
            }}
            error={errors.fields.assessedOn}
          />
        )}
        {otherDomains(values).map((field) => (
          <DomainRiskFields key={field} field={field} {...section} />
        ))}
        <h2 className="nhsuk-heading-m">{t('recordPlan.risk.levelTitle')}</h2>
        <RiskLevelFields {...section} />
        {coversSuicide(values) && (
          <>
            <h2 className="nhsuk-heading-m">{t('recordPlan.safetyPlan.formTitle')}</h2>
            <p className="nhsuk-body">{t('recordPlan.safetyPlan.formIntro')}</p>
            <SafetyPlanFields {...section} />
          </>
        )}
        <button className="nhsuk-button" type="submit" disabled={sending}>
          {t(coversSuicide(values) ? 'recordPlan.risk.save' : 'recordPlan.risk.saveNoPlan')}
        </button>
      </form>
    </>
  );
}
