import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/DateInput.js';
import { Radios } from '../../../components/Radios.js';
import { TextArea } from '../../../components/TextArea.js';
import { TextInput } from '../../../components/TextInput.js';
import type { SectionProps } from '../section-props.js';
import type { ReportValues } from './report-form.js';
import { AHP_PROFESSIONS } from './report-form.js';

/** Who completed the report (filled in from the signed-in OT), when, and any comments. */
export function PractitionerFields({ values, onChange, errors }: SectionProps<ReportValues>) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        id="practitioner-name"
        label={t('recordPlan.report.name')}
        value={values.name}
        onChange={(name) => {
          onChange({ name });
        }}
        autoComplete="name"
        error={errors['practitioner.name']}
      />
      <Radios
        id="practitioner-profession"
        legend={t('recordPlan.report.profession')}
        items={AHP_PROFESSIONS.map((profession) => ({
          value: profession,
          label: t(`recordPlan.report.professions.${profession}`),
          conditional:
            profession === 'other' ? (
              <TextInput
                id="practitioner-professionOther"
                label={t('recordPlan.report.professionOther')}
                value={values.professionOther}
                onChange={(professionOther) => {
                  onChange({ professionOther });
                }}
                error={errors['practitioner.professionOther']}
              />
            ) : undefined,
        }))}
        value={values.profession}
        onChange={(chosen) => {
          const profession = AHP_PROFESSIONS.find((p) => p === chosen);
          if (profession) onChange({ profession });
        }}
        error={errors['practitioner.profession']}
      />
      <TextInput
        id="practitioner-hcpcNumber"
        label={t('recordPlan.report.hcpcNumber')}
        hint={t('recordPlan.report.hcpcNumberHint')}
        value={values.hcpcNumber}
        onChange={(hcpcNumber) => {
          onChange({ hcpcNumber });
        }}
        width={10}
        spellCheck={false}
        error={errors['practitioner.hcpcNumber']}
      />
      <TextInput
        id="practitioner-organisation"
        label={t('recordPlan.report.organisation')}
        value={values.organisation}
        onChange={(organisation) => {
          onChange({ organisation });
        }}
        autoComplete="organization"
        error={errors['practitioner.organisation']}
      />
      <TextInput
        id="practitioner-contact"
        label={t('recordPlan.report.contact')}
        hint={t('recordPlan.report.contactHint')}
        value={values.contact}
        onChange={(contact) => {
          onChange({ contact });
        }}
        error={errors['practitioner.contact']}
      />
      <DateInput
        id="assessedOn"
        legend={t('recordPlan.report.assessedOn')}
        value={values.assessedOn}
        onChange={(assessedOn) => {
          onChange({ assessedOn });
        }}
        error={errors.assessedOn}
      />
      <DateInput
        id="issuedOn"
        legend={t('recordPlan.report.issuedOn')}
        value={values.issuedOn}
        onChange={(issuedOn) => {
          onChange({ issuedOn });
        }}
        error={errors.issuedOn}
      />
      <TextArea
        id="comments"
        label={t('recordPlan.report.comments')}
        value={values.comments}
        onChange={(comments) => {
          onChange({ comments });
        }}
        rows={3}
        error={errors.comments}
      />
    </>
  );
}
