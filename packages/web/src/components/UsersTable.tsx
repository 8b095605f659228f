import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AdminUser } from '../api-types.js';
import { Tag } from './Tag.js';

interface UsersTableProps {
  users: readonly AdminUser[];
  organisationNames: ReadonlyMap<string, string>;
}

export function UsersTable({ users, organisationNames }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <table className="nhsuk-table" id="users">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
        {t('users.caption')}
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">
            {t('users.columns.name')}
          </th>
          <th className="nhsuk-table__header" scope="col">
            {t('users.columns.email')}
          </th>
          <th className="nhsuk-table__header" scope="col">
            {t('users.columns.roles')}
          </th>
          <th className="nhsuk-table__header" scope="col">
            {t('users.columns.organisations')}
          </th>
          <th className="nhsuk-table__header" scope="col">
            {t('users.columns.status')}
          </th>
          <th className="nhsuk-table__header" scope="col">
            <span className="nhsuk-u-visually-hidden">{t('users.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
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
            </td>
            <td className="nhsuk-table__cell">
              <Link to={`/admin/users/${encodeURIComponent(user.id)}`}>
                {t('users.edit')}
                <span className="nhsuk-u-visually-hidden"> {user.name}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
