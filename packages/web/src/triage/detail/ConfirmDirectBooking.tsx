import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api.js';
import { TextArea } from '../../components/TextArea.js';
import { apiFormErrors, errorText } from '../../form-errors.js';
import type { FormErrors } from '../../form-errors.js';
import type { RequestDetail } from '../request-types.js';

interface ConfirmDirectBookingProps {
  detail: RequestDetail;
  /** Messages beside fields, by element id. */
  fieldErrors: Partial<Record<string, string>>;
  onErrors: (errors: FormErrors) => void;
  onDone: (updated: RequestDetail, message: string) => void;
  onConflict: () => void;
}

/**
 * A request booked straight from the referral form, before anyone had seen it (issue 16 item 1):
 * the OT checks it and confirms it, with a note if they wish, or does not confirm it and sends it
 * back to triage with a reason (its appointment is cancelled and the person told). It stays in
 * the inbox until one or the other.
 */
export function ConfirmDirectBooking({
  detail,
  fieldErrors,
  onErrors,
  onDone,
  onConflict,
}: ConfirmDirectBookingProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const pathway = detail.pathway ?? detail.suggestion.pathway;
  const tier = detail.tier ?? detail.suggestion.tier;

  const confirm = async (): Promise<void> => {
    if (saving) return;
    setSaving(true);
    try {
      const updated = await api.post<RequestDetail>(
        `/api/requests/${encodeURIComponent(detail.id)}/confirm`,
        note.trim() === '' ? {} : { note: note.trim() },
        { retryOnCsrf: true },
      );
      onDone(updated, t('requestDetail.confirm.done'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') onConflict();
      else
        onErrors({
          summary: [
            { text: error instanceof ApiError ? errorText(t, error) : t('errors.internal') },
          ],
          fields: {},
        });
    } finally {
      setSaving(false);
    }
  };

  const sendBack = async (): Promise<void> => {
    if (saving) return;
    setSaving(true);
    try {
      const updated = await api.post<RequestDetail>(
        `/api/requests/${encodeURIComponent(detail.id)}/return-to-triage`,
        { reason: reason.trim() },
        { retryOnCsrf: true },
      );
      onDone(updated, t('requestDetail.confirm.returned'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') onConflict();
      else onErrors(apiFormErrors(t, error, { ids: { reason: 'return-reason' } }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="confirm-heading" id="confirm-direct-booking">
      <div className="nhsuk-inset-text">
        <h2 className="nhsuk-heading-m" id="confirm-heading">
          {t('requestDetail.confirm.title')}
        </h2>
        <p className="nhsuk-body">
          {t('requestDetail.confirm.body', {
            pathway: t(`triage.pathway.${pathway}`),
            tier: t(`triage.tier.${tier}`),
          })}
        </p>
        <p className="nhsuk-body">
          {t(
            detail.status === 'booked'
              ? 'requestDetail.confirm.booked'
              : 'requestDetail.confirm.waiting',
          )}
        </p>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void confirm();
          }}
        >
          <TextArea
            id="confirm-note"
            label={t('requestDetail.confirm.note')}
            value={note}
            onChange={setNote}
            rows={2}
          />
          <button className="nhsuk-button" type="submit" id="confirm-submit">
            {t('requestDetail.confirm.submit')}
          </button>
        </form>
        <h3 className="nhsuk-heading-s" id="return-heading">
          {t('requestDetail.confirm.returnTitle')}
        </h3>
        <form
          noValidate
          aria-labelledby="return-heading"
          onSubmit={(event) => {
            event.preventDefault();
            void sendBack();
          }}
        >
          <TextArea
            id="return-reason"
            label={t('requestDetail.confirm.returnReason')}
            hint={t(
              detail.status === 'booked'
                ? 'requestDetail.confirm.returnHintBooked'
                : 'requestDetail.confirm.returnHintWaiting',
            )}
            value={reason}
            onChange={setReason}
            error={fieldErrors.reason}
            rows={2}
          />
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="submit"
            id="return-submit"
          >
            {t('requestDetail.confirm.returnSubmit')}
          </button>
        </form>
      </div>
    </section>
  );
}
