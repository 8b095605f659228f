// Small building blocks of the assessment form: a whole-number box, yes/no radios, and the
// frame of one instrument's section (its heading, whether it is needed, its error).
import type { AssessmentSection } from '@everyday/core';
import { SECTION_TITLES } from '@everyday/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage.js';
import { Radios } from '../../../components/Radios.js';
import { TextInput } from '../../../components/TextInput.js';
import { classNames } from '../../../components/class-names.js';
import { useLocalise } from '../../../localise.js';
import type { YesNo } from '../../form-values.js';
import { fieldId } from '../../record-errors.js';

export function WholeNumber(props: {
  path: string;
  label: string;
  hint?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <TextInput
      id={fieldId(props.path)}
      label={props.label}
      hint={props.hint}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      inputMode="numeric"
      width={5}
      spellCheck={false}
    />
  );
}

export function YesNoRadios(props: {
  path: string;
  legend: string;
  hint?: string | undefined;
  value: YesNo;
  onChange: (value: YesNo) => void;
  error: string | undefined;
  /** Words for yes and no, when plain "Yes" and "No" do not fit the question. */
  labels?: { yes: string; no: string };
  conditionalOnYes?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Radios
      id={fieldId(props.path)}
      legend={props.legend}
      hint={props.hint}
      items={[
        {
          value: 'yes',
          label: props.labels?.yes ?? t('record.yes'),
          conditional: props.conditionalOnYes,
        },
        { value: 'no', label: props.labels?.no ?? t('record.no') },
      ]}
      value={props.value}
      onChange={(value) => {
        props.onChange(value === 'yes' || value === 'no' ? value : '');
      }}
      inline={props.conditionalOnYes === undefined}
      small
      error={props.error}
    />
  );
}

/** One instrument's section: its heading, "needed" when the template requires it, and its error. */
export function SectionFrame({
  section,
  required,
  error,
  intro,
  children,
}: {
  section: AssessmentSection;
  required: boolean;
  error: string | undefined;
  intro?: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const l = useLocalise();
  const headingId = `${section}-heading`;
  return (
    <section
      id={section}
      aria-labelledby={headingId}
      className={classNames(
        'nhsuk-u-margin-bottom-8',
        error && 'nhsuk-form-group nhsuk-form-group--error',
      )}
    >
      <h2 className="nhsuk-heading-m" id={headingId}>
        {l(SECTION_TITLES[section])}
        {required && <span className="nhsuk-caption-m">{t('record.assessment.required')}</span>}
      </h2>
      {error && <ErrorMessage id={`${section}-error`}>{error}</ErrorMessage>}
      {intro && <p className="nhsuk-body">{intro}</p>}
      {children}
    </section>
  );
}
