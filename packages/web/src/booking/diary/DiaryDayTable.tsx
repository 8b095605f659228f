import { useTranslation } from 'react-i18next';
import { CommunicationNeeds } from '../../components/CommunicationNeeds.js';
import { Table } from '../../components/Table.js';
import { formatDay, formatTime, useLocale } from '../format.js';
import type { DiaryAppointment, DiarySlot } from '../clinic-types.js';
import { AppointmentStatusTag } from './AppointmentStatusTag.js';
import { changesFor } from './change-kinds.js';

interface DiaryDayTableProps {
  date: string;
  slots: readonly DiarySlot[];
  onChange: (appointment: DiaryAppointment, slot: DiarySlot) => void;
  /** The day is already the heading above (the day view): the caption is for screen readers. */
  captionHidden?: boolean;
}

function Heading({ children }: { children: string }) {
  return (
    <span className="nhsuk-table__heading" aria-hidden="true">
      {children}{' '}
    </span>
  );
}

/** One day of the diary: each time in order, who is booked (a group has a row each), and actions. */
export function DiaryDayTable({ date, slots, onChange, captionHidden }: DiaryDayTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const column = (key: string): string => t(`diary.columns.${key}`);
  const rows = slots.flatMap((slot): { slot: DiarySlot; appointment: DiaryAppointment | null }[] =>
    slot.appointments.length === 0
      ? [{ slot, appointment: null }]
      : slot.appointments.map((appointment) => ({ slot, appointment })),
  );
  return (
    <Table
      id={`diary-${date}`}
      caption={formatDay(date, locale)}
      captionSize="m"
      captionHidden={captionHidden}
      columns={[
        column('time'),
        column('clinic'),
        column('person'),
        column('status'),
        { label: column('actions'), hidden: true },
      ]}
      responsive
    >
      {rows.map(({ slot, appointment }) => (
        <tr className="nhsuk-table__row" key={`${slot.id}-${appointment?.id ?? 'free'}`}>
          <th className="nhsuk-table__header" scope="row">
            <Heading>{column('time')}</Heading>
            {t('booking.slot.time', {
              start: formatTime(slot.startsAt),
              end: formatTime(slot.endsAt),
            })}
          </th>
          <td className="nhsuk-table__cell">
            <Heading>{column('clinic')}</Heading>
            {slot.siteName}, {t(`booking.mode.${slot.mode}`)}
            {slot.capacity > 1 &&
              ` (${t('diary.placesBooked', { booked: slot.booked, capacity: slot.capacity })})`}
          </td>
          <td className="nhsuk-table__cell">
            <Heading>{column('person')}</Heading>
            {appointment ? (
              <>
                {appointment.name}
                {appointment.reference && (
                  <>
                    <br />
                    <span className="nhsuk-body-s">{appointment.reference}</span>
                  </>
                )}
                <CommunicationNeeds needs={appointment.communicationNeeds} />
              </>
            ) : (
              t('diary.free')
            )}
          </td>
          <td className="nhsuk-table__cell">
            <Heading>{column('status')}</Heading>
            {appointment && <AppointmentStatusTag status={appointment.status} />}
          </td>
          <td className="nhsuk-table__cell">
            <Heading>{column('actions')}</Heading>
            {appointment &&
              changesFor(appointment.status, { startsAt: slot.startsAt, now: new Date() }).length >
                0 && (
                <button
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                  type="button"
                  onClick={() => {
                    onChange(appointment, slot);
                  }}
                >
                  {t('diary.update')}
                  <span className="nhsuk-u-visually-hidden">
                    {' '}
                    {t('diary.updateFor', {
                      name: appointment.name,
                      time: formatTime(slot.startsAt),
                    })}
                  </span>
                </button>
              )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
