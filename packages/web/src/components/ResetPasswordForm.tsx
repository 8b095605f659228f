import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import type { FormErrors } from '../form-errors.js';
import { apiFormErrors, fieldErrors, noErrors } from '../form-errors.js';
import { checkNewPassword } from '../validation.js';
import { ErrorSummary } from './ErrorSummary.js';
import { SuccessBanner } from './SuccessBanner.js';
import { TextInput } from './TextInput.js';

const fieldIds = { password: 'new-password' };

/** Sets a new password for a user, which also signs them out everywhere. */
export function ResetPasswordForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [done, setDone] = useState(false);
  const [saving, setSaving] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    // Ignore a second press while the first is being sent (no `disabled`: it would drop focus).
    if (saving) return;
    setDone(false);
    const problems = checkNewPassword('password', password);
    if (problems.length > 0) {
      setErrors(fieldErrors(t, problems, fieldIds));
      return;
    }
    setSaving(true);
    try {
      await api.post(`/api/admin/users/${encodeURIComponent(userId)}/password`, { password });
      setErrors(noErrors);
      setPassword('');
      setDone(true);
    } catch (error) {
      setErrors(apiFormErrors(t, error, { ids: fieldIds }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="reset-password-heading">
      <h2 className="nhsuk-heading-l" id="reset-password-heading">
        {t('resetPassword.title')}
      </h2>
      <ErrorSummary items={errors.summary} />
      {done && <SuccessBanner>{t('resetPassword.done')}</SuccessBanner>}
      <p className="nhsuk-body">{t('resetPassword.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        <TextInput
          id="new-password"
          name="password"
          label={t('resetPassword.password')}
          hint={t('userForm.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
          width={30}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" id="reset-password">
          {t('resetPassword.submit')}
        </button>
      </form>
    </section>
  );
}
