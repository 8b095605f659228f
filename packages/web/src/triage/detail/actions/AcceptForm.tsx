import { PATHWAYS, TIERS, URGENCIES } from '@everyday/core';
import type { Pathway, Tier, Urgency } from '@everyday/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import type { AcceptValues } from './action-forms.js';
import { acceptAction } from './action-forms.js';
import type { ActionFormProps } from './use-action-submit.js';
import { useActionSubmit } from './use-action-submit.js';

/** Accept onto a pathway and tier, starting from the suggestion: the person joins the waiting list. */
export function AcceptForm(props: ActionFormProps) {
  const { t } = useTranslation();
  const { detail, fieldErrors } = props;
  const [values, setValues] = useState<AcceptValues>({
    pathway: detail.pathway ?? detail.suggestion.pathway,
    tier: detail.tier ?? detail.suggestion.tier,
    urgency: detail.urgency,
    note: '',
  });
  const submit = useActionSubmit(props, 'accept');
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(acceptAction(values, detail.urgency), (updated) =>
          t('requestDetail.done.accept', {
            pathway: t(`triage.pathway.${updated.pathway ?? values.pathway}`),
            tier: t(`triage.tier.${updated.tier ?? values.tier}`),
          }),
        );
      }}
    >
      <Radios
        id="accept-pathway"
        name="pathway"
        legend={t('requestDetail.actions.accept.pathway')}
        hint={t('requestDetail.actions.accept.suggested', {
          suggestion: t(`triage.pathway.${detail.suggestion.pathway}`),
        })}
        items={PATHWAYS.map((pathway) => ({
          value: pathway,
          label: t(`triage.pathway.${pathway}`),
        }))}
        value={values.pathway}
        onChange={(pathway) => {
          setValues((v) => ({ ...v, pathway: pathway as Pathway }));
        }}
        error={fieldErrors['accept-pathway']}
        small
      />
      <Radios
        id="accept-tier"
        name="tier"
        legend={t('requestDetail.actions.accept.tier')}
        hint={t('requestDetail.actions.accept.suggested', {
          suggestion: t(`triage.tier.${detail.suggestion.tier}`),
        })}
        items={TIERS.map((tier) => ({
          value: tier,
          label: t(`triage.tier.${tier}`),
          hint: t(`triage.tierHint.${tier}`),
        }))}
        value={values.tier}
        onChange={(tier) => {
          setValues((v) => ({ ...v, tier: tier as Tier }));
        }}
        error={fieldErrors['accept-tier']}
        small
      />
      <Radios
        id="accept-urgency"
        name="urgency"
        legend={t('requestDetail.actions.accept.urgency')}
        hint={t('requestDetail.actions.accept.urgencyHint')}
        items={URGENCIES.map((urgency) => ({
          value: urgency,
          label: t(`triage.urgency.${urgency}`),
          hint: t(`triage.urgencyHint.${urgency}`),
        }))}
        value={values.urgency}
        onChange={(urgency) => {
          setValues((v) => ({ ...v, urgency: urgency as Urgency }));
        }}
        error={fieldErrors['accept-urgency']}
        small
      />
      <TextArea
        id="accept-note"
        label={t('requestDetail.actions.accept.note')}
        value={values.note}
        onChange={(note) => {
          setValues((v) => ({ ...v, note }));
        }}
        error={fieldErrors['accept-note']}
        rows={3}
      />
      <button className="nhsuk-button" type="submit" id="accept-submit">
        {t('requestDetail.actions.accept.submit')}
      </button>
    </form>
  );
}
