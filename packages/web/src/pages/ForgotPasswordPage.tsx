import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { PageHeading } from '../components/PageHeading.js';
import { TextInput } from '../components/TextInput.js';
import type { FormErrors } from '../form-errors.js';
import { apiFormErrors, fieldErrors, noErrors } from '../form-errors.js';
import { checkEmail } from '../validation.js';

/**
 * "Forgot your password?": asks for the email address and says the same thing afterwards
 * whether or not it has an account (the server answers alike, so nobody learns which do).
 */
export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (sending) return;
    const problems = checkEmail('email', email);
    if (problems.length > 0) {
      setErrors(fieldErrors(t, problems));
      return;
    }
    setSending(true);
    try {
      await api.post('/api/auth/forgot-password', {
        email: email.trim(),
        language: i18n.language === 'cy' ? 'cy' : 'en',
      });
      setErrors(noErrors);
      setSentTo(email.trim());
    } catch (error) {
      setErrors(apiFormErrors(t, error, { target: 'email' }));
    } finally {
      setSending(false);
    }
  };

  if (sentTo !== null)
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading>{t('account.forgot.sentTitle')}</PageHeading>
          <p className="nhsuk-body">{t('account.forgot.sent', { email: sentTo })}</p>
          <p className="nhsuk-body">{t('account.forgot.notArrived')}</p>
          <p className="nhsuk-body">
            <Link to="/sign-in">{t('account.forgot.back')}</Link>
          </p>
        </div>
      </div>
    );

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary items={errors.summary} />
        <PageHeading>{t('account.forgot.title')}</PageHeading>
        <p className="nhsuk-body">{t('account.forgot.intro')}</p>
        <form
          noValidate
          onSubmit={(event) => {
            void submit(event);
          }}
        >
          <TextInput
            id="email"
            label={t('account.forgot.email')}
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={errors.fields.email}
          />
          <button className="nhsuk-button" type="submit" id="send-link">
            {t('account.forgot.submit')}
          </button>
        </form>
        <p className="nhsuk-body">
          <Link to="/sign-in">{t('account.forgot.back')}</Link>
        </p>
      </div>
    </div>
  );
}
