import { useTranslation } from 'react-i18next';
import { Tag } from '../../components/Tag.js';
import { formatDateTime } from '../localise.js';
import type { ApiKey } from '../request-types.js';

interface ApiKeysTableProps {
  apiKeys: readonly ApiKey[];
  onRevoke: (apiKey: ApiKey) => void;
}

/** Every API key: its name, organisation, prefix, when made and last used, and if revoked. */
export function ApiKeysTable({ apiKeys, onRevoke }: ApiKeysTableProps) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null): string =>
    iso === null ? t('apiKeys.never') : formatDateTime(iso, i18n.resolvedLanguage);
  const columns = ['name', 'organisation', 'prefix', 'created', 'lastUsed', 'status'] as const;
  return (
    <table className="nhsuk-table" id="api-keys">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
        {t('apiKeys.caption')}
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          {columns.map((column) => (
            <th className="nhsuk-table__header" scope="col" key={column}>
              {t(`apiKeys.columns.${column}`)}
            </th>
          ))}
          <th className="nhsuk-table__header" scope="col">
            <span className="nhsuk-u-visually-hidden">{t('apiKeys.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {apiKeys.map((apiKey) => (
          <tr className="nhsuk-table__row" key={apiKey.id}>
            <th className="nhsuk-table__header" scope="row">
              {apiKey.name}
            </th>
            <td className="nhsuk-table__cell">{apiKey.organisationName}</td>
            <td className="nhsuk-table__cell">
              <code>{apiKey.prefix}</code>
            </td>
            <td className="nhsuk-table__cell">{when(apiKey.createdAt)}</td>
            <td className="nhsuk-table__cell">{when(apiKey.lastUsedAt)}</td>
            <td className="nhsuk-table__cell">
              {apiKey.revokedAt === null ? (
                <Tag colour="green">{t('apiKeys.active')}</Tag>
              ) : (
                <Tag colour="grey">{t('apiKeys.revoked')}</Tag>
              )}
            </td>
            <td className="nhsuk-table__cell">
              {apiKey.revokedAt === null && (
                <button
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                  type="button"
                  onClick={() => {
                    onRevoke(apiKey);
                  }}
                >
                  {t('apiKeys.revoke')}
                  <span className="nhsuk-u-visually-hidden"> {apiKey.name}</span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
