import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import type { AdminUser } from '../api-types.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { SuccessBanner } from '../components/SuccessBanner.js';
import type { FormErrors } from '../form-errors.js';
import { apiFormErrors, noErrors } from '../form-errors.js';

/**
 * On the edit-user page: email the user a new link to choose their password (no administrator
 * chooses anyone's password). Their current password keeps working until they do.
 */
export function SetPasswordLinkForm({ user }: { user: Pick<AdminUser, 'id' | 'email'> }) {
  const { t, i18n } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sent, setSent] = useState(false);
  const [sending, setSending] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (sending) return;
    setSent(false);
    setSending(true);
    try {
      await api.post(`/api/admin/users/${encodeURIComponent(user.id)}/set-password-link`, {
        language: i18n.language === 'cy' ? 'cy' : 'en',
      });
      setErrors(noErrors);
      setSent(true);
    } catch (error) {
      setErrors(apiFormErrors(t, error));
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="set-password-link-heading">
      <h2 className="nhsuk-heading-l" id="set-password-link-heading">
        {t('account.admin.linkTitle')}
      </h2>
      <ErrorSummary items={errors.summary} />
      {sent && <SuccessBanner>{t('account.admin.linkSent', { email: user.email })}</SuccessBanner>}
      <p className="nhsuk-body">{t('account.admin.linkIntro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          void submit(event);
        }}
      >
        <button
          className="nhsuk-button nhsuk-button--secondary"
          type="submit"
          id="send-set-password-link"
        >
          {t('account.admin.sendLink')}
        </button>
      </form>
    </section>
  );
}
