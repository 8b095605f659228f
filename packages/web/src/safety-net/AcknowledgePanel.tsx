import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Radios } from '../components/Radios.js';
import { SummaryRow } from '../triage/components/SummaryRow.js';
import { TextArea } from '../components/TextArea.js';
import { MultilineText } from '../triage/components/MultilineText.js';
import { formatDateTime } from '../triage/localise.js';
import type { AcknowledgeOutcome, Acknowledgement } from '../triage/request-types.js';
import { ACKNOWLEDGE_OUTCOMES, nameOf } from '../triage/request-types.js';
import type { SafetyFormProps } from './flags/use-safety-post.js';
import { useSafetyPost } from './flags/use-safety-post.js';
import type { AcknowledgeValues } from './acknowledge-form.js';
import { acknowledgeBody } from './acknowledge-form.js';
import { crisisChanged } from './crisis-events.js';

/** Who acknowledged the request, when, and what was done. */
export function AcknowledgementSummary({ acknowledgement }: { acknowledgement: Acknowledgement }) {
  const { t, i18n } = useTranslation();
  const { nextSteps } = acknowledgement;
  return (
    <dl className="nhsuk-summary-list" id="acknowledgement">
      <SummaryRow label={t('crisis.acknowledge.by')}>
        {nameOf(acknowledgement.by) ?? t('safetyNet.someone')}
      </SummaryRow>
      <SummaryRow label={t('crisis.acknowledge.at')}>
        <time dateTime={acknowledgement.at}>
          {formatDateTime(acknowledgement.at, i18n.resolvedLanguage)}
        </time>
      </SummaryRow>
      <SummaryRow label={t('crisis.acknowledge.outcome')}>
        {t(`crisis.outcomes.${acknowledgement.outcome}`)}
      </SummaryRow>
      <SummaryRow label={t('crisis.acknowledge.note')}>
        <MultilineText text={acknowledgement.note} />
      </SummaryRow>
      {nextSteps && (
        <SummaryRow label={t('crisis.acknowledge.nextSteps')}>
          <MultilineText text={nextSteps} />
        </SummaryRow>
      )}
    </dl>
  );
}

/** Record what was done about a crisis or safeguarding request (once; audited). */
function AcknowledgeForm(props: SafetyFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<AcknowledgeValues>({ outcome: '', note: '', nextSteps: '' });
  const submit = useSafetyPost(props, 'acknowledge');
  const set = (change: Partial<AcknowledgeValues>): void => {
    setValues((current) => ({ ...current, ...change }));
  };
  const errors = props.fieldErrors;
  return (
    <form
      noValidate
      id="acknowledge-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit(acknowledgeBody(values), t('crisis.acknowledge.done'), crisisChanged);
      }}
    >
      <Radios
        id="acknowledge-outcome"
        legend={t('crisis.acknowledge.outcomeQuestion')}
        legendSize="s"
        items={ACKNOWLEDGE_OUTCOMES.map((outcome) => ({
          value: outcome,
          label: t(`crisis.outcomes.${outcome}`),
        }))}
        value={values.outcome}
        onChange={(outcome) => {
          set({ outcome: outcome as AcknowledgeOutcome });
        }}
        error={errors['acknowledge-outcome']}
      />
      <TextArea
        id="acknowledge-note"
        label={t('crisis.acknowledge.note')}
        hint={t('crisis.acknowledge.noteHint')}
        value={values.note}
        onChange={(note) => {
          set({ note });
        }}
        error={errors['acknowledge-note']}
        rows={4}
      />
      <TextArea
        id="acknowledge-next-steps"
        label={t('crisis.acknowledge.nextSteps')}
        hint={t(
          values.outcome === 'could_not_reach'
            ? 'crisis.acknowledge.nextStepsRequired'
            : 'crisis.acknowledge.nextStepsHint',
        )}
        value={values.nextSteps}
        onChange={(nextSteps) => {
          set({ nextSteps });
        }}
        error={errors['acknowledge-next-steps']}
        rows={3}
      />
      <button className="nhsuk-button" type="submit" id="acknowledge-submit">
        {t('crisis.acknowledge.submit')}
      </button>
    </form>
  );
}

/**
 * A crisis or safeguarding request's follow-through: the form for a clinician to record what was
 * done, or, once done, who did it and when.
 */
export function AcknowledgePanel({
  canAcknowledge,
  ...props
}: SafetyFormProps & { canAcknowledge: boolean }) {
  const { t } = useTranslation();
  const { acknowledgement } = props.detail;
  return (
    <section aria-labelledby="acknowledge-heading" id="acknowledge">
      <h2 className="nhsuk-heading-m" id="acknowledge-heading">
        {t(acknowledgement ? 'crisis.acknowledge.doneTitle' : 'crisis.acknowledge.title')}
      </h2>
      {acknowledgement ? (
        <AcknowledgementSummary acknowledgement={acknowledgement} />
      ) : canAcknowledge ? (
        <>
          <p className="nhsuk-body">{t('crisis.acknowledge.intro')}</p>
          <AcknowledgeForm {...props} />
        </>
      ) : (
        <p className="nhsuk-body">{t('crisis.acknowledge.notYet')}</p>
      )}
    </section>
  );
}
