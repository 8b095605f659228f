import type { SubmitEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { TextArea } from '../../components/TextArea.js';
import type { FormErrors } from '../../form-errors.js';
import { fieldProblems, problem, submitErrors } from '../form-errors.js';

interface CancelAppointmentFormProps {
  token: string;
  errors: FormErrors;
  onErrors: (errors: FormErrors) => void;
  onCancelled: () => void;
  onKeep: () => void;
}

/** Cancelling from the link: a reason (so the service can learn), then a clear yes or no. */
export function CancelAppointmentForm(props: CancelAppointmentFormProps) {
  const { token, errors, onErrors, onCancelled, onKeep } = props;
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const prefix = 'selfBooking.errors';

  // The form replaces the button that opened it: carry focus to its question.
  useEffect(() => {
    document.getElementById('cancel-reason')?.focus();
  }, []);

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (reason.trim() === '') {
      onErrors(
        fieldProblems(t, prefix, [problem('reason', 'required')], { reason: 'cancel-reason' }),
      );
      return;
    }
    setSending(true);
    try {
      await api.post(
        `/api/book/${encodeURIComponent(token)}/cancel`,
        { reason: reason.trim() },
        {
          retryOnCsrf: true,
        },
      );
      onCancelled();
    } catch (error) {
      onErrors(
        submitErrors(t, prefix, error, {
          language: i18n.resolvedLanguage ?? 'en',
          ids: { reason: 'cancel-reason' },
        }),
      );
    } finally {
      setSending(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} id="cancel-form">
      <h2 className="nhsuk-heading-m">{t('selfBooking.cancel.title')}</h2>
      <TextArea
        id="cancel-reason"
        label={t('selfBooking.cancel.reason')}
        hint={t('selfBooking.cancel.reasonHint')}
        value={reason}
        onChange={setReason}
        error={errors.fields.reason}
        rows={3}
      />
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={sending}>
          {t('selfBooking.cancel.confirm')}
        </button>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onKeep}>
          {t('selfBooking.cancel.keep')}
        </button>
      </div>
    </form>
  );
}
