import { useTranslation } from 'react-i18next';
import { EqualityFields } from '../components/EqualityFields.js';
import type { SectionProps } from './section-props.js';

/** Equality monitoring (issue 11 item 3): optional, asked of the person with why it is asked. */
export function EqualitySection({ values, update }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="equality-heading">
      <h2 className="nhsuk-heading-m" id="equality-heading">
        {t('referral.equality.title')}
      </h2>
      <p className="nhsuk-body">{t('referral.equality.staffIntro')}</p>
      <EqualityFields
        values={values}
        set={update}
        question={(key) => t(`referral.equality.${key}`)}
        size="s"
      />
    </section>
  );
}
