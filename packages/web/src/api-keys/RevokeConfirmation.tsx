import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey } from '../triage/request-types.js';
import { WarningCallout } from '../components/WarningCallout.js';

interface RevokeConfirmationProps {
  apiKey: ApiKey;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The step before revoking: what will stop working, and a clear yes or no. */
export function RevokeConfirmation({ apiKey, onConfirm, onCancel }: RevokeConfirmationProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [apiKey.id]);
  return (
    <div ref={ref} tabIndex={-1} id="revoke-confirmation">
      <WarningCallout heading={t('apiKeys.confirm.title', { name: apiKey.name })}>
        <p>{t('apiKeys.confirm.body', { organisation: apiKey.organisationName })}</p>
        <div className="nhsuk-button-group">
          <button
            className="nhsuk-button nhsuk-button--warning"
            type="button"
            id="confirm-revoke"
            onClick={onConfirm}
          >
            {t('apiKeys.confirm.yes')}
          </button>
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={onCancel}>
            {t('apiKeys.confirm.no')}
          </button>
        </div>
      </WarningCallout>
    </div>
  );
}
