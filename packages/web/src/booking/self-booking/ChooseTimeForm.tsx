import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api.js';
import type { FormErrors } from '../../form-errors.js';
import { fieldProblems, problem, submitErrors } from '../form-errors.js';
import { SlotChoice } from '../SlotChoice.js';
import type { Slot } from '../types.js';

interface ChooseTimeFormProps {
  token: string;
  slots: readonly Slot[];
  /** The service's phone number, for when no times are free (null: not configured). */
  servicePhone: string | null;
  errors: FormErrors;
  onErrors: (errors: FormErrors) => void;
  onBooked: () => void;
  /** The time went (someone else took it, or it is no longer offered): offer the times again. */
  onTaken: () => void;
  onLinkGone: () => void;
}

/** The times offered, as radios by day, and "Book this time". */
export function ChooseTimeForm(props: ChooseTimeFormProps) {
  const { token, slots, errors, onErrors } = props;
  const { t, i18n } = useTranslation();
  const [slotId, setSlotId] = useState('');
  const [sending, setSending] = useState(false);
  const prefix = 'selfBooking.errors';
  const chosen = slots.some((slot) => slot.id === slotId) ? slotId : '';

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (chosen === '') {
      onErrors(fieldProblems(t, prefix, [problem('slotId', 'required')]));
      return;
    }
    setSending(true);
    try {
      await api.post(
        `/api/book/${encodeURIComponent(token)}`,
        { slotId: chosen },
        {
          retryOnCsrf: true,
        },
      );
      props.onBooked();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const taken = error.fields.some((field) => field.code === 'slot_taken');
        onErrors(
          fieldProblems(t, prefix, [problem('slotId', taken ? 'slot_taken' : 'unavailable')]),
        );
        setSlotId('');
        props.onTaken();
      } else if (error instanceof ApiError && error.code === 'not_found') {
        props.onLinkGone();
      } else {
        onErrors(submitErrors(t, prefix, error, { language: i18n.resolvedLanguage ?? 'en' }));
      }
    } finally {
      setSending(false);
    }
  };

  // No free times (issue 16 item 1): say what happens next and how to reach the service.
  if (slots.length === 0)
    return (
      <div id="no-free-times">
        <p className="nhsuk-body">{t('selfBooking.choose.none')}</p>
        <h2 className="nhsuk-heading-m">{t('selfBooking.noTimes.title')}</h2>
        <p className="nhsuk-body">{t('selfBooking.noTimes.next')}</p>
        {props.servicePhone === null ? (
          <p className="nhsuk-body">{t('selfBooking.noTimes.noPhone')}</p>
        ) : (
          <p className="nhsuk-body">
            {t('selfBooking.noTimes.call')}{' '}
            <a href={`tel:${props.servicePhone.replace(/[^0-9+]/g, '')}`} id="service-phone">
              {props.servicePhone}
            </a>
            .
          </p>
        )}
        <p className="nhsuk-body">{t('selfBooking.notValid.urgent')}</p>
      </div>
    );
  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <SlotChoice
        id="slotId"
        legend={t('selfBooking.choose.legend')}
        slots={slots}
        value={chosen}
        onChange={setSlotId}
        error={errors.fields.slotId}
      />
      <button className="nhsuk-button" type="submit" disabled={sending}>
        {t('selfBooking.choose.submit')}
      </button>
    </form>
  );
}
