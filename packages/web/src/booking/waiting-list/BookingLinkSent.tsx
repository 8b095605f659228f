import { useTranslation } from 'react-i18next';
import { InsetText } from '../../components/InsetText.js';
import { formatAppointment, useLocale } from '../format.js';
import type { BookingLink } from '../clinic-types.js';

/** The link made for a person: the link itself, until when it works, and whether it was sent. */
export function BookingLinkSent({ name, link }: { name: string; link: BookingLink }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <InsetText id="booking-link">
      <h2 className="nhsuk-heading-s">{t('waitingList.link.title', { name })}</h2>
      <p>
        <a href={link.link} id="booking-link-url">
          {link.link}
        </a>
      </p>
      <p>
        {t('waitingList.link.expires', { when: formatAppointment(link.expiresAt, locale) })}{' '}
        {link.sent ? t('waitingList.link.sent') : t('waitingList.link.notSent')}
      </p>
    </InsetText>
  );
}
