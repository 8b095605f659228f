import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import type { Organisation } from '../api-types.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { SuccessBanner } from '../components/SuccessBanner.js';
import type { FormErrors } from '../form-errors.js';
import { apiFormErrors, noErrors } from '../form-errors.js';
import { useResource } from '../hooks/use-resource.js';
import type { ApiKey, ApiKeyCreated } from '../triage/request-types.js';
import { ApiKeysTable } from './ApiKeysTable.js';
import { CreateApiKeyForm } from './CreateApiKeyForm.js';
import { NewKeyInset } from './NewKeyInset.js';
import { RevokeConfirmation } from './RevokeConfirmation.js';

/** Keys that let other systems (a GP system, a 111 service) send requests in. Admin only. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const keys = useResource<{ apiKeys: ApiKey[] }>('/api/admin/api-keys');
  const organisations = useResource<{ organisations: Organisation[] }>('/api/organisations');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [created, setCreated] = useState<ApiKeyCreated | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  if (keys.status === 'failed') return <LoadFailure error={keys.error} />;
  const focusResult = (): void => {
    requestAnimationFrame(() => resultRef.current?.focus());
  };
  const onCreated = (next: ApiKeyCreated): void => {
    setErrors(noErrors);
    setRevoked(null);
    setCreated(next);
    keys.reload();
    focusResult();
  };
  const confirmRevoke = async (apiKey: ApiKey): Promise<void> => {
    try {
      await api.delete(`/api/admin/api-keys/${encodeURIComponent(apiKey.id)}`, {
        retryOnCsrf: true,
      });
      setErrors(noErrors);
      setCreated(null);
      setRevoked(apiKey.name);
      keys.reload();
      focusResult();
    } catch (error) {
      setErrors(apiFormErrors(t, error));
    } finally {
      setRevoking(null);
    }
  };

  return (
    <>
      <ErrorSummary items={errors.summary} />
      <div ref={resultRef} tabIndex={-1}>
        {revoked !== null && (
          <SuccessBanner>{t('apiKeys.revokedBanner', { name: revoked })}</SuccessBanner>
        )}
        {created && <NewKeyInset created={created} />}
      </div>
      <PageHeading>{t('apiKeys.title')}</PageHeading>
      <p className="nhsuk-body">{t('apiKeys.intro')}</p>
      {revoking && (
        <RevokeConfirmation
          apiKey={revoking}
          onConfirm={() => {
            void confirmRevoke(revoking);
          }}
          onCancel={() => {
            setRevoking(null);
          }}
        />
      )}
      <h2 className="nhsuk-heading-m">{t('apiKeys.listTitle')}</h2>
      {keys.status === 'loading' ? (
        <Loading />
      ) : keys.data.apiKeys.length === 0 ? (
        <p className="nhsuk-body">{t('apiKeys.none')}</p>
      ) : (
        <ApiKeysTable apiKeys={keys.data.apiKeys} onRevoke={setRevoking} />
      )}
      <CreateApiKeyForm
        organisations={organisations.status === 'loaded' ? organisations.data.organisations : []}
        errors={errors}
        onErrors={setErrors}
        onCreated={onCreated}
      />
    </>
  );
}
