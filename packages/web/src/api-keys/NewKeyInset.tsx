import { useTranslation } from 'react-i18next';
import { SuccessBanner } from '../components/SuccessBanner.js';
import { InsetText } from '../components/InsetText.js';
import type { ApiKeyCreated } from '../triage/request-types.js';

/** The new key, shown this once: it is not stored and cannot be shown again. */
export function NewKeyInset({ created }: { created: ApiKeyCreated }) {
  const { t } = useTranslation();
  return (
    <>
      <SuccessBanner>{t('apiKeys.createdBanner', { name: created.apiKey.name })}</SuccessBanner>
      <InsetText id="new-api-key">
        <p className="nhsuk-u-margin-bottom-2">
          <strong>{t('apiKeys.newKey.label')}</strong>
        </p>
        <p className="nhsuk-u-margin-bottom-2">
          <code id="new-api-key-value">{created.key}</code>
        </p>
        <p>{t('apiKeys.newKey.copyHint')}</p>
      </InsetText>
    </>
  );
}
