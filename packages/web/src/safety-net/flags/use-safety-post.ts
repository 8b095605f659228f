import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api.js';
import type { FieldError } from '../../api-types.js';
import type { FormErrors } from '../../form-errors.js';
import { errorText } from '../../form-errors.js';
import type { RequestDetail } from '../../triage/request-types.js';
import { safetyFormErrors } from './safety-forms.js';

/** What every safety-net form on a request is given by the request page. */
export interface SafetyFormProps {
  detail: RequestDetail;
  /** Messages beside fields, by element id. */
  fieldErrors: Partial<Record<string, string>>;
  onErrors: (errors: FormErrors) => void;
  /** Done: the request as it now stands (null when the answer did not hold it: reload) and the message. */
  onDone: (updated: RequestDetail | null, message: string) => void;
  /** Someone else acted first (409). */
  onConflict: () => void;
}

type SafetyForm = 'clearFlag' | 'markSafeguarding' | 'acknowledge';

const PATHS: Record<SafetyForm, string> = {
  clearFlag: 'clear-flag',
  markSafeguarding: 'mark-safeguarding',
  acknowledge: 'acknowledge',
};

function isRequestDetail(value: unknown): value is RequestDetail {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'events' in value &&
    Array.isArray(value.events)
  );
}

/**
 * Sends one safety-net form to `POST /api/requests/:id/<action>`, or reports its problems. Returns
 * a submit function taking the body built from the form (or its problems) and the success message.
 */
export function useSafetyPost(
  props: SafetyFormProps,
  form: SafetyForm,
): (built: object | FieldError[], message: string, after?: () => void) => void {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const { detail, onErrors, onDone, onConflict } = props;

  const send = async (body: object, message: string, after?: () => void): Promise<void> => {
    setSaving(true);
    try {
      const answer = await api.post<unknown>(
        `/api/requests/${encodeURIComponent(detail.id)}/${PATHS[form]}`,
        body,
        { retryOnCsrf: true },
      );
      onDone(isRequestDetail(answer) ? answer : null, message);
      after?.();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) onConflict();
      else if (error instanceof ApiError && error.fields.length > 0)
        onErrors(safetyFormErrors(t, form, error.fields));
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

  return (built, message, after) => {
    // A second press while the first is being sent is ignored (not `disabled`: it would drop focus).
    if (saving) return;
    if (Array.isArray(built)) {
      onErrors(safetyFormErrors(t, form, built));
      return;
    }
    void send(built, message, after);
  };
}
