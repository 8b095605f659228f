import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelfBookingView } from '../types.js';
import { formatAppointment, useLocale } from '../format.js';

type Booked = NonNullable<SelfBookingView['booked']>;

/** The appointment the person has: when, how and (when they come to it) where. */
export function BookedAppointment({ booked }: { booked: Booked }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows: { key: string; value: ReactNode }[] = [
    {
      key: t('selfBooking.booked.when'),
      value: <time dateTime={booked.startsAt}>{formatAppointment(booked.startsAt, locale)}</time>,
    },
    { key: t('selfBooking.booked.how'), value: t(`booking.mode.${booked.mode}`) },
  ];
  if (booked.siteName !== '' && booked.mode !== 'phone' && booked.mode !== 'video')
    rows.push({ key: t('selfBooking.booked.where'), value: booked.siteName });
  return (
    <dl className="nhsuk-summary-list" id="booked-appointment">
      {rows.map((row) => (
        <div className="nhsuk-summary-list__row" key={row.key}>
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
