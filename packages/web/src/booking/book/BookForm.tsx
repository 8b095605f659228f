import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api.js';
import type { FieldError } from '../../api-types.js';
import { TextArea } from '../../components/TextArea.js';
import type { FormErrors } from '../../form-errors.js';
import { fieldProblems, problem, submitErrors } from '../form-errors.js';
import { SlotChoice } from '../SlotChoice.js';
import type { Appointment, Slot } from '../types.js';

interface BookFormProps {
  requestId: string;
  slots: readonly Slot[];
  errors: FormErrors;
  onErrors: (errors: FormErrors) => void;
  onBooked: (appointment: Appointment) => void;
  /** Someone else took the time: fetch the free times again. */
  onTaken: () => void;
}

const PREFIX = 'booking.book.errors';
const IDS = { slotId: 'slotId', overLimitReason: 'over-limit-reason' };

/** The limit the server named ("had its 6 sessions"), for the message in either language. */
function limitIn(message: string): number {
  return Number(/(\d+)/.exec(message)?.[1] ?? 6);
}

/**
 * Choose a time and book it. Past the episode's session limit (six, seed 002) the server asks
 * why: a box for the reason appears and the booking is sent again with it.
 */
export function BookForm({ requestId, slots, errors, onErrors, onBooked, onTaken }: BookFormProps) {
  const { t, i18n } = useTranslation();
  const [slotId, setSlotId] = useState('');
  const [needReason, setNeedReason] = useState(false);
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const chosen = slots.some((slot) => slot.id === slotId) ? slotId : '';
  const show = (problems: FieldError[], limit = 6): void => {
    const shown = fieldProblems(t, PREFIX, problems, IDS);
    if (shown.fields.overLimitReason && problems.some((p) => p.code === 'session_limit')) {
      const text = t('booking.book.sessionLimit', { count: limit });
      shown.fields.overLimitReason = text;
      shown.summary = shown.summary.map((item) =>
        item.href === `#${IDS.overLimitReason}` ? { ...item, text } : item,
      );
    }
    onErrors(shown);
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (chosen === '') problems.push(problem('slotId', 'required'));
    if (needReason && reason.trim() === '') problems.push(problem('overLimitReason', 'required'));
    if (problems.length > 0) {
      show(problems);
      return;
    }
    setSending(true);
    try {
      const { appointment } = await api.post<{ appointment: Appointment }>(
        '/api/appointments',
        { slotId: chosen, requestId, ...(needReason ? { overLimitReason: reason.trim() } : {}) },
        { retryOnCsrf: true },
      );
      onBooked(appointment);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const taken = error.fields.some((f) => f.code === 'slot_taken');
        show([problem('slotId', taken ? 'slot_taken' : 'unavailable')]);
        setSlotId('');
        onTaken();
      } else if (
        error instanceof ApiError &&
        error.fields.some((f) => f.code === 'session_limit')
      ) {
        setNeedReason(true);
        show([problem('overLimitReason', 'session_limit')], limitIn(error.message));
      } else {
        onErrors(
          submitErrors(t, PREFIX, error, { language: i18n.resolvedLanguage ?? 'en', ids: IDS }),
        );
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <SlotChoice
        id="slotId"
        legend={t('booking.book.legend')}
        slots={slots}
        value={chosen}
        onChange={setSlotId}
        error={errors.fields.slotId}
        showOt
      />
      {needReason && (
        <TextArea
          id="over-limit-reason"
          label={t('booking.book.overLimitReason')}
          hint={t('booking.book.overLimitHint')}
          value={reason}
          onChange={setReason}
          error={errors.fields.overLimitReason}
        />
      )}
      <button className="nhsuk-button" type="submit" disabled={sending}>
        {t('booking.book.submit')}
      </button>
    </form>
  );
}
