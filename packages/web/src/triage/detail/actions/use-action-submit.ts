import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api.js';
import type { FieldError } from '../../../api-types.js';
import type { FormErrors } from '../../../form-errors.js';
import { errorText } from '../../../form-errors.js';
import type { RequestAction, RequestDetail } from '../../request-types.js';
import { actionErrors } from './action-forms.js';

/** What every action form is given by the request page. */
export interface ActionFormProps {
  detail: RequestDetail;
  /** Messages beside fields, by element id. */
  fieldErrors: Partial<Record<string, string>>;
  onErrors: (errors: FormErrors) => void;
  /** The action was taken: the request as it now stands, and what to tell the user. */
  onDone: (updated: RequestDetail, message: string) => void;
  /** Someone else acted first (409). */
  onConflict: () => void;
}

/**
 * Sends an action (or reports its problems). Returns a submit function taking the action built
 * from the form, or the form's problems, and the success message for the updated request.
 */
export function useActionSubmit(
  props: ActionFormProps,
  form: RequestAction['action'],
): (built: RequestAction | FieldError[], message: (updated: RequestDetail) => string) => void {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const { detail, onErrors, onDone, onConflict } = props;

  const send = async (
    action: RequestAction,
    message: (updated: RequestDetail) => string,
  ): Promise<void> => {
    setSaving(true);
    try {
      const updated = await api.post<RequestDetail>(
        `/api/requests/${encodeURIComponent(detail.id)}/actions`,
        action,
        { retryOnCsrf: true },
      );
      onDone(updated, message(updated));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') onConflict();
      else if (error instanceof ApiError && error.fields.length > 0)
        onErrors(actionErrors(t, form, error.fields));
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

  return (built, message) => {
    // Ignore a second press while the first is being sent (no `disabled`: it would drop focus).
    if (saving) return;
    if (Array.isArray(built)) {
      onErrors(actionErrors(t, form, built));
      return;
    }
    void send(built, message);
  };
}
