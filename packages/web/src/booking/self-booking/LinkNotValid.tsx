import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading.js';

/** An expired or broken booking link: what happened and what to do instead. */
export function LinkNotValid() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('selfBooking.notValid.title')}</PageHeading>
      <p className="nhsuk-body">{t('selfBooking.notValid.body')}</p>
      <p className="nhsuk-body">{t('selfBooking.notValid.contact')}</p>
      <p className="nhsuk-body">{t('selfBooking.notValid.urgent')}</p>
    </>
  );
}
