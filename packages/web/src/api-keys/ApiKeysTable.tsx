import { useTranslation } from 'react-i18next';
import { Table } from '../components/Table.js';
import { Tag } from '../components/Tag.js';
import { formatDateTime } from '../triage/localise.js';
import type { ApiKey } from '../triage/request-types.js';

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
    <Table
      id="api-keys"
      caption={t('apiKeys.caption')}
      captionHidden
      columns={[
        ...columns.map((column) => t(`apiKeys.columns.${column}`)),
        { label: t('apiKeys.columns.actions'), hidden: true },
      ]}
    >
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
    </Table>
  );
}
