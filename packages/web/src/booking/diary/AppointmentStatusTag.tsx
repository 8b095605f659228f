import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Tag.js';

const colours = {
  booked: 'blue',
  attended: 'green',
  did_not_attend: 'red',
  cancelled_by_person: 'grey',
  cancelled_by_service: 'grey',
} as const;

const isStatus = (status: string): status is keyof typeof colours => status in colours;

export function AppointmentStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!isStatus(status)) return <Tag colour="grey">{status}</Tag>;
  return <Tag colour={colours[status]}>{t(`diary.status.${status}`)}</Tag>;
}
