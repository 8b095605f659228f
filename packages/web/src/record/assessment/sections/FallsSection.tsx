import { useTranslation } from 'react-i18next';
import { WholeNumber, YesNoRadios } from './fields.js';
import type { SectionProps } from './section-props.js';
import { setter } from './section-props.js';

/** Falls in the last year: how many, whether any caused injury, and fear of falling. */
export function FallsSection({ value, onChange, errors }: SectionProps<'falls'>) {
  const { t } = useTranslation();
  const set = setter(value, onChange);
  return (
    <>
      <WholeNumber
        path="falls.count"
        label={t('record.assessment.falls.count')}
        value={value.count}
        onChange={set('count')}
        error={errors['falls.count']}
      />
      <YesNoRadios
        path="falls.injured"
        legend={t('record.assessment.falls.injured')}
        value={value.injured}
        onChange={set('injured')}
        error={errors['falls.injured']}
      />
      <YesNoRadios
        path="falls.fearOfFalling"
        legend={t('record.assessment.falls.fear')}
        value={value.fearOfFalling}
        onChange={set('fearOfFalling')}
        error={errors['falls.fearOfFalling']}
      />
    </>
  );
}
