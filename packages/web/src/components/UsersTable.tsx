import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AdminUser } from '../api-types.js';
import { Table } from './Table.js';
import { Tag } from './Tag.js';

interface UsersTableProps {
  users: readonly AdminUser[];
  organisationNames: ReadonlyMap<string, string>;
}

const COLUMNS = ['name', 'email', 'roles', 'organisations', 'status'] as const;

/** One row per user: name, email, roles, organisations, whether active, and an Edit link. */
export function UsersTable({ users, organisationNames }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <Table
      id="users"
      caption={t('users.caption')}
      captionHidden
      columns={[
        ...COLUMNS.map((column) => t(`users.columns.${column}`)),
        { label: t('users.columns.actions'), hidden: true },
      ]}
    >
      {users.map((user) => (
        <tr className="nhsuk-table__row" key={user.id}>
          <th className="nhsuk-table__header" scope="row">
            {user.name}
          </th>
          <td className="nhsuk-table__cell">{user.email}</td>
          <td className="nhsuk-table__cell">
            {user.roles.map((role) => t(`roles.${role}`)).join(', ')}
          </td>
          <td className="nhsuk-table__cell">
            {user.organisationIds.map((id) => organisationNames.get(id) ?? id).join(', ')}
          </td>
          <td className="nhsuk-table__cell">
            {user.active ? (
              <Tag colour="green">{t('users.active')}</Tag>
            ) : (
              <Tag colour="grey">{t('users.inactive')}</Tag>
            )}
            {!user.passwordSet && (
              <>
                {' '}
                <Tag colour="yellow">{t('account.admin.waiting')}</Tag>
              </>
            )}
            {user.twoFactor && (
              <>
                {' '}
                <Tag colour="blue">{t('account.admin.twoFactorOn')}</Tag>
              </>
            )}
          </td>
          <td className="nhsuk-table__cell">
            <Link to={`/admin/users/${encodeURIComponent(user.id)}`}>
              {t('users.edit')}
              <span className="nhsuk-u-visually-hidden"> {user.name}</span>
            </Link>
          </td>
        </tr>
      ))}
    </Table>
  );
}
