import { useTranslation } from 'react-i18next';
import { classNames } from '../components/class-names.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { Legend } from '../components/Legend.js';
import { Radios } from '../components/Radios.js';
import type { Slot } from './types.js';
import { formatDay, formatTime, useLocale } from './format.js';
import { groupByDay } from './slot-days.js';

interface SlotChoiceProps {
  /** The error summary links here; the radios are named after it. */
  id: string;
  /** The question, as the legend of the fieldset around the days. */
  legend: string;
  slots: readonly Slot[];
  value: string;
  onChange: (slotId: string) => void;
  error?: string | undefined;
  /** Say whose clinic each time is (staff choosing for a person). */
  showOt?: boolean;
}

/**
 * The times to choose from: one set of radios in a fieldset (the question and any error), split
 * into a fieldset per day with the day in words as its legend. Each time says where and how, and
 * for a group how many places are left.
 */
export function SlotChoice({ id, legend, slots, value, onChange, error, showOt }: SlotChoiceProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const describe = (slot: Slot): string => {
    const parts = [slot.siteName, t(`booking.mode.${slot.mode}`)];
    if (showOt) parts.push(t('booking.slot.with', { name: slot.otName }));
    if (slot.capacity > 1)
      parts.push(t('booking.slot.placesLeft', { count: slot.capacity - slot.booked }));
    return parts.join(', ');
  };
  return (
    <div className={classNames('nhsuk-form-group', Boolean(error) && 'nhsuk-form-group--error')}>
      <fieldset
        className="nhsuk-fieldset"
        id={id}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <Legend size="m">{legend}</Legend>
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        {groupByDay(slots).map((day) => (
          <Radios
            key={day.date}
            id={`${id}-${day.date}`}
            name={id}
            legend={formatDay(day.date, locale)}
            legendSize="s"
            items={day.slots.map((slot) => ({
              value: slot.id,
              label: t('booking.slot.time', {
                start: formatTime(slot.startsAt),
                end: formatTime(slot.endsAt),
              }),
              hint: describe(slot),
            }))}
            value={value}
            onChange={onChange}
            small
          />
        ))}
      </fieldset>
    </div>
  );
}
