import { useTranslation } from 'react-i18next';
import { InsetText } from '../../components/InsetText.js';
import { formatAppointment, useLocale } from '../format.js';
import { bookingLetterUrl, type SentBookingLink } from './booking-link-types.js';

/**
 * The link made for a person (issue 16 item 2): who it went to, the short code to read out and
 * where it is typed, a letter to print, and the long link itself only folded away, wrapped so it
 * never breaks the page.
 */
export function BookingLinkSent({
  name,
  requestId,
  link,
}: {
  name: string;
  requestId: string;
  link: SentBookingLink;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The page the code is typed at, on the same address as the link the server made.
  const bookUrl = link.link.replace(/\/book\/.*$/, '/book');
  const to = link.sentTo;
  return (
    <InsetText id="booking-link">
      <h2 className="nhsuk-heading-s">{t('waitingList.link.title', { name })}</h2>
      <p id="booking-link-sent-to">
        {to.kind === 'person'
          ? t('bookingLink.sent.toPerson', { name })
          : to.kind === 'contact'
            ? t('bookingLink.sent.toContact', { contact: to.name, relationship: to.relationship })
            : t('bookingLink.sent.toNobody')}
      </p>
      <p className="nhsuk-u-margin-bottom-1">{t('bookingLink.sent.codeLabel')}</p>
      <p className="nhsuk-heading-l nhsuk-u-margin-bottom-2" id="booking-code">
        {link.code}
      </p>
      <p>
        {t('bookingLink.sent.codeHow', {
          url: bookUrl,
          when: formatAppointment(link.expiresAt, locale),
        })}
      </p>
      <p>
        <a href={bookingLetterUrl(requestId)} id="booking-letter" target="_blank" rel="noreferrer">
          {t('bookingLink.printLetter')}
        </a>
      </p>
      <details className="nhsuk-details nhsuk-u-margin-bottom-0">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">{t('bookingLink.sent.fullLink')}</span>
        </summary>
        <div className="nhsuk-details__text">
          <a
            href={link.link}
            id="booking-link-url"
            style={{ overflowWrap: 'anywhere', wordBreak: 'break-all' }}
          >
            {link.link}
          </a>
        </div>
      </details>
    </InsetText>
  );
}
