import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { ApiError, api } from '../api.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { PageHeading } from '../components/PageHeading.js';
import { TextInput } from '../components/TextInput.js';
import type { FormErrors } from '../form-errors.js';
import { apiFormErrors, errorText, fieldErrors, noErrors } from '../form-errors.js';
import { safeNextPath } from '../safe-next.js';
import { refreshSession, useSession } from '../session.js';
import { validateSignIn } from '../validation.js';

/**
 * Sign in: email and password, then, for an account with two-factor sign-in on, the code from
 * the authenticator app (or a recovery code) as a second step.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'password' | 'code'>('password');
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
      const answer = await api.post<{ codeNeeded?: boolean }>('/api/session', {
        email: email.trim(),
        password,
      });
      setPassword('');
      if (answer.codeNeeded === true) {
        setErrors(noErrors);
        setCode('');
        setStep('code');
        return;
      }
      // The CSRF token may rotate on sign-in; the refetched session also redirects this page.
      await refreshSession();
    } catch (error) {
      setPassword('');
      setErrors(apiFormErrors(t, error, { target: 'email' }));
    } finally {
      setSubmitting(false);
    }
  };

  const submitCode = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (submitting) return;
    if (code.trim() === '') {
      const text = t('signIn.codeRequired');
      setErrors({ summary: [{ text, href: '#code' }], fields: { code: text } });
      return;
    }
    setSubmitting(true);
    try {
      await api.post('/api/session/code', { code });
      await refreshSession();
    } catch (error) {
      setCode('');
      if (error instanceof ApiError && error.code === 'unauthenticated') {
        // The step took too long (or was never started): back to the password.
        setStep('password');
        setErrors({ summary: [{ text: t('signIn.startAgain'), href: '#email' }], fields: {} });
      } else if (error instanceof ApiError && error.fields.some((f) => f.path === 'code')) {
        const text = t('signIn.codeWrong');
        setErrors({ summary: [{ text, href: '#code' }], fields: { code: text } });
      } else {
        const text = error instanceof ApiError ? errorText(t, error) : t('errors.internal');
        setErrors({ summary: [{ text, href: '#code' }], fields: {} });
      }
    } finally {
      setSubmitting(false);
    }
  };

  if (step === 'code')
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary items={errors.summary} />
          <PageHeading>{t('signIn.codeTitle')}</PageHeading>
          <p className="nhsuk-body">{t('signIn.codeIntro')}</p>
          <form
            noValidate
            onSubmit={(event) => {
              void submitCode(event);
            }}
          >
            <TextInput
              id="code"
              label={t('signIn.code')}
              inputMode="numeric"
              autoComplete="one-time-code"
              spellCheck={false}
              value={code}
              onChange={setCode}
              error={errors.fields.code}
              width={10}
            />
            <button className="nhsuk-button" type="submit" id="submit-code">
              {t('signIn.codeSubmit')}
            </button>
          </form>
        </div>
      </div>
    );

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
        <p className="nhsuk-body">
          <Link to="/forgot-password" id="forgot-password">
            {t('signIn.forgotPassword')}
          </Link>
        </p>
      </div>
    </div>
  );
}
