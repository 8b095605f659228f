import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../hooks/use-document-title.js';
import { recordPages } from '../../record/api.js';
import { formatAppointment, useLocale } from '../format.js';
import type { Appointment } from '../types.js';

interface BookedPanelProps {
  appointment: Appointment;
  name: string | null;
  showWaitingList: boolean;
  onBookAnother: () => void;
}

/** The confirmation: booked, and when. */
export function BookedPanel({
  appointment,
  name,
  showWaitingList,
  onBookAnother,
}: BookedPanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = t('booking.booked.title');
  useDocumentTitle(title);
  return (
    <>
      <div className="nhsuk-panel">
        <h1 className="nhsuk-panel__heading">{title}</h1>
        <div className="nhsuk-panel__body">
          {name && (
            <>
              {name}
              <br />
            </>
          )}
          <strong id="booked-time">
            <time dateTime={appointment.startsAt}>
              {formatAppointment(appointment.startsAt, locale)}
            </time>
          </strong>
        </div>
      </div>
      {appointment.overLimitReason && (
        <p className="nhsuk-body">
          {t('booking.booked.overLimit', { reason: appointment.overLimitReason })}
        </p>
      )}
      <p className="nhsuk-body" id="booked-next">
        {/* Only a reminder that will be sent is promised (issue 16 item 2). */}
        {t(
          appointment.reminderDueAt === null
            ? 'booking.booked.nextNoReminder'
            : 'booking.booked.next',
        )}
      </p>
      <ul className="nhsuk-list">
        {showWaitingList && appointment.episodeId !== null && (
          <li>
            <Link to={recordPages.episode(appointment.episodeId)} id="booked-record">
              {t('booking.booked.record')}
            </Link>
          </li>
        )}
        {showWaitingList && (
          <li>
            <Link to="/clinics/waiting-list">{t('booking.booked.waitingList')}</Link>
          </li>
        )}
        <li>
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            onClick={onBookAnother}
          >
            {t('booking.booked.another')}
          </button>
        </li>
      </ul>
    </>
  );
}
