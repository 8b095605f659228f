import type { TFunction } from 'i18next';
import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { SuccessBanner } from '../components/SuccessBanner.js';
import { TextInput } from '../components/TextInput.js';
import type { FormErrors } from '../form-errors.js';
import { errorText, noErrors } from '../form-errors.js';
import { useResource } from '../hooks/use-resource.js';

interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: string | null;
  recoveryCodesLeft: number;
}

type Step =
  | { kind: 'status' }
  | { kind: 'setup'; secret: string; uri: string }
  | { kind: 'recovery'; codes: string[] };

/** The key in groups of four, as authenticator apps show it. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** A code form's errors: the code field's message from this page's texts. */
function codeErrors(t: TFunction, error: unknown): FormErrors {
  if (error instanceof ApiError && error.fields.some((f) => f.path === 'code')) {
    const text = t('account.twoFactor.errors.invalid_code');
    return { summary: [{ text, href: '#code' }], fields: { code: text } };
  }
  const text = error instanceof ApiError ? errorText(t, error) : t('errors.internal');
  return { summary: [{ text }], fields: {} };
}

/** Turning two-factor sign-in on (a key for the app, a code to confirm, recovery codes once) and off. */
export function TwoFactorPage() {
  const { t } = useTranslation();
  const status = useResource<TwoFactorStatus>('/api/account/two-factor');
  const [step, setStep] = useState<Step>({ kind: 'status' });
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [banner, setBanner] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const needCode = (): boolean => {
    if (code.trim() !== '') return false;
    const text = t('account.twoFactor.errors.required');
    setErrors({ summary: [{ text, href: '#code' }], fields: { code: text } });
    return true;
  };

  const start = () =>
    run(async () => {
      setBanner(null);
      try {
        const setup = await api.post<{ secret: string; uri: string }>(
          '/api/account/two-factor/setup',
        );
        setErrors(noErrors);
        setCode('');
        setStep({ kind: 'setup', ...setup });
      } catch (error) {
        setErrors(codeErrors(t, error));
      }
    });

  const confirm = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (needCode()) return;
    void run(async () => {
      try {
        const { recoveryCodes } = await api.post<{ recoveryCodes: string[] }>(
          '/api/account/two-factor/confirm',
          { code },
        );
        setErrors(noErrors);
        setStep({ kind: 'recovery', codes: recoveryCodes });
      } catch (error) {
        setErrors(codeErrors(t, error));
      }
    });
  };

  const turnOff = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (needCode()) return;
    void run(async () => {
      try {
        await api.post('/api/account/two-factor/off', { code });
        setErrors(noErrors);
        setCode('');
        setBanner(t('account.twoFactor.turnedOff'));
        status.reload();
      } catch (error) {
        setErrors(codeErrors(t, error));
      }
    });
  };

  const codeInput = (label: string, hint?: string) => (
    <TextInput
      id="code"
      label={label}
      {...(hint === undefined ? {} : { hint })}
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      value={code}
      onChange={setCode}
      error={errors.fields.code}
      width={10}
    />
  );

  let body;
  if (step.kind === 'setup') {
    body = (
      <>
        <h2 className="nhsuk-heading-m">{t('account.twoFactor.setupTitle')}</h2>
        <p className="nhsuk-body">{t('account.twoFactor.setupIntro')}</p>
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{t('account.twoFactor.key')}</dt>
            <dd className="nhsuk-summary-list__value">
              <code id="two-factor-key">{grouped(step.secret)}</code>
            </dd>
          </div>
        </dl>
        <p className="nhsuk-body">
          <a href={step.uri} id="two-factor-uri">
            {t('account.twoFactor.link')}
          </a>
        </p>
        <form noValidate onSubmit={confirm}>
          {codeInput(t('account.twoFactor.code'), t('account.twoFactor.codeHint'))}
          <button className="nhsuk-button" type="submit" id="confirm-two-factor">
            {t('account.twoFactor.confirm')}
          </button>
        </form>
      </>
    );
  } else if (step.kind === 'recovery') {
    body = (
      <>
        <SuccessBanner>{t('account.twoFactor.turnedOn')}</SuccessBanner>
        <h2 className="nhsuk-heading-m">{t('account.twoFactor.recoveryTitle')}</h2>
        <p className="nhsuk-body">{t('account.twoFactor.recoveryIntro')}</p>
        <ul className="nhsuk-list" id="recovery-codes">
          {step.codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button
          className="nhsuk-button"
          type="button"
          id="recovery-saved"
          onClick={() => {
            setStep({ kind: 'status' });
            setCode('');
            status.reload();
          }}
        >
          {t('account.twoFactor.recoveryDone')}
        </button>
      </>
    );
  } else if (status.status === 'failed') {
    body = <LoadFailure error={status.error} />;
  } else if (status.status === 'loading') {
    body = <Loading />;
  } else if (status.data.enabled) {
    body = (
      <>
        <p className="nhsuk-body" id="two-factor-state">
          {t('account.twoFactor.on')}
        </p>
        <p className="nhsuk-body">
          {t('account.twoFactor.recoveryLeft', { count: status.data.recoveryCodesLeft })}
        </p>
        <h2 className="nhsuk-heading-m">{t('account.twoFactor.turnOffTitle')}</h2>
        <form noValidate onSubmit={turnOff}>
          {codeInput(t('account.twoFactor.turnOffCode'))}
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="submit"
            id="turn-off-two-factor"
          >
            {t('account.twoFactor.turnOff')}
          </button>
        </form>
      </>
    );
  } else {
    body = (
      <>
        <p className="nhsuk-body" id="two-factor-state">
          {t('account.twoFactor.off')}
        </p>
        <button
          className="nhsuk-button"
          type="button"
          id="start-two-factor"
          onClick={() => {
            void start();
          }}
        >
          {t('account.twoFactor.start')}
        </button>
      </>
    );
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary items={errors.summary} />
        {banner !== null && <SuccessBanner>{banner}</SuccessBanner>}
        <PageHeading>{t('account.twoFactor.title')}</PageHeading>
        <p className="nhsuk-body">{t('account.twoFactor.intro')}</p>
        {body}
      </div>
    </div>
  );
}
