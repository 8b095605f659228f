import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router-dom';
import { api } from '../api.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { PageHeading } from '../components/PageHeading.js';
import { TextInput } from '../components/TextInput.js';
import type { FormErrors } from '../form-errors.js';
import { apiFormErrors, fieldErrors, noErrors } from '../form-errors.js';
import { safeNextPath } from '../safe-next.js';
import { refreshSession, useSession } from '../session.js';
import { validateSignIn } from '../validation.js';

export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [submitting, setSubmitting] = useState(false);

  // Signed in (already, or just now once the session is refetched): go where the user was going.
  if (session.status === 'ready' && session.user) return <Navigate to={next} replace />;

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    // Ignore a second press while the first is being sent (no `disabled`: it would drop focus).
    if (submitting) return;
    const problems = validateSignIn({ email, password });
    if (problems.length > 0) {
      setErrors(fieldErrors(t, problems));
      return;
    }
    setSubmitting(true);
    try {
      await api.post('/api/session', { email: email.trim(), password });
      // The CSRF token may rotate on sign-in; the refetched session also redirects this page.
      await refreshSession();
    } catch (error) {
      setPassword('');
      setErrors(apiFormErrors(t, error, { target: 'email' }));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary items={errors.summary} />
        <PageHeading>{t('signIn.title')}</PageHeading>
        <p className="nhsuk-body">{t('signIn.intro')}</p>
        <form
          noValidate
          onSubmit={(event) => {
            void submit(event);
          }}
        >
          <TextInput
            id="email"
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={setEmail}
            error={errors.fields.email}
          />
          <TextInput
            id="password"
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={errors.fields.password}
          />
          <button className="nhsuk-button" type="submit" id="sign-in">
            {t('signIn.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}
