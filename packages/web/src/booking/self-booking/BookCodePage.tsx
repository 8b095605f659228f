import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PageHeading } from '../../components/PageHeading.js';
import { TextInput } from '../../components/TextInput.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { fieldProblems, problem, submitErrors } from '../form-errors.js';

const PREFIX = 'bookCode.errors';

/**
 * /book — for a person given a short code by letter or on the phone instead of a link (issue 16
 * item 2): they type it, and go on to their booking page in the language the code was made in.
 */
export function BookCodePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sending, setSending] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (code.trim() === '') {
      setErrors(fieldProblems(t, PREFIX, [problem('code', 'required')]));
      return;
    }
    setSending(true);
    try {
      const { url } = await api.post<{ url: string }>(
        '/api/book/code',
        { code: code.trim() },
        { retryOnCsrf: true },
      );
      void navigate(url);
    } catch (error) {
      setErrors(
        submitErrors(t, PREFIX, error, { language: i18n.resolvedLanguage ?? 'en', target: 'code' }),
      );
      setSending(false);
    }
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary items={errors.summary} />
        <PageHeading caption={t('bookCode.caption')}>{t('bookCode.title')}</PageHeading>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <TextInput
            id="code"
            label={t('bookCode.label')}
            labelSize="s"
            hint={t('bookCode.hint')}
            value={code}
            onChange={setCode}
            error={errors.fields.code}
            autoComplete="off"
            spellCheck={false}
            width={10}
          />
          <button className="nhsuk-button" type="submit" disabled={sending}>
            {t('bookCode.submit')}
          </button>
        </form>
        <p className="nhsuk-body">
          {t('bookCode.noCode')} <Link to="/contact">{t('bookCode.contactLink')}</Link>.
        </p>
      </div>
    </div>
  );
}
