import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, api } from '../api.js';
import type { FieldError } from '../api-types.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { PageHeading } from '../components/PageHeading.js';
import { TextInput } from '../components/TextInput.js';
import type { FormErrors } from '../form-errors.js';
import { errorText, noErrors } from '../form-errors.js';
import { checkNewPassword } from '../validation.js';

/** Where each field's message links to. */
const fieldIds: Record<string, string> = { password: 'password', confirm: 'confirm' };

/**
 * Choosing a password from the link in an email (a forgotten password, or a new account's first
 * one). The link works once and for a limited time; the page says plainly when it no longer does.
 */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [linkProblem, setLinkProblem] = useState(false);
  const [done, setDone] = useState(false);
  const [saving, setSaving] = useState(false);

  const message = (error: FieldError): string =>
    t(`account.setPassword.errors.${error.code}`, { defaultValue: error.message });

  const show = (problems: readonly FieldError[]): void => {
    const result: FormErrors = { summary: [], fields: {} };
    for (const problem of problems) {
      const text = message(problem);
      const id = fieldIds[problem.path];
      if (id === undefined) {
        result.summary.push({ text });
        continue;
      }
      if (result.fields[problem.path] !== undefined) continue;
      result.fields[problem.path] = text;
      result.summary.push({ text, href: `#${id}` });
    }
    setErrors(result);
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (saving) return;
    // The second box is judged once the password itself is acceptable.
    const passwordProblems = checkNewPassword('password', password);
    const problems =
      passwordProblems.length === 0 && confirm !== password
        ? [{ path: 'confirm', code: 'mismatch', message: 'mismatch' }]
        : passwordProblems;
    if (problems.length > 0) {
      show(problems);
      return;
    }
    setSaving(true);
    try {
      await api.post('/api/auth/set-password', { token, password });
      setErrors(noErrors);
      setDone(true);
    } catch (error) {
      if (error instanceof ApiError && error.fields.length > 0) {
        setLinkProblem(error.fields.some((f) => f.path === 'token'));
        show(error.fields);
      } else if (error instanceof ApiError) {
        setErrors({ summary: [{ text: errorText(t, error) }], fields: {} });
      } else {
        setErrors({ summary: [{ text: t('errors.internal') }], fields: {} });
      }
    } finally {
      setSaving(false);
    }
  };

  if (done)
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <PageHeading>{t('account.setPassword.doneTitle')}</PageHeading>
          <p className="nhsuk-body">{t('account.setPassword.done')}</p>
          <p className="nhsuk-body">
            <Link to="/sign-in">{t('account.setPassword.signIn')}</Link>
          </p>
        </div>
      </div>
    );

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary items={errors.summary} />
        <PageHeading>{t('account.setPassword.title')}</PageHeading>
        {token === '' || linkProblem ? (
          <>
            {token === '' && <p className="nhsuk-body">{t('account.setPassword.noToken')}</p>}
            <p className="nhsuk-body">
              <Link to="/forgot-password" id="ask-again">
                {t('account.setPassword.askAgain')}
              </Link>
            </p>
          </>
        ) : (
          <>
            <p className="nhsuk-body">{t('account.setPassword.intro')}</p>
            <form
              noValidate
              onSubmit={(event) => {
                void submit(event);
              }}
            >
              <TextInput
                id="password"
                label={t('account.setPassword.password')}
                hint={t('account.setPassword.hint')}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={setPassword}
                error={errors.fields.password}
                width={30}
              />
              <TextInput
                id="confirm"
                label={t('account.setPassword.confirm')}
                type="password"
                autoComplete="new-password"
                value={confirm}
                onChange={setConfirm}
                error={errors.fields.confirm}
                width={30}
              />
              <button className="nhsuk-button" type="submit" id="save-password">
                {t('account.setPassword.submit')}
              </button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
