import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { AdminUser, Organisation } from '../api-types.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { SuccessBanner } from '../components/SuccessBanner.js';
import { UsersTable } from '../components/UsersTable.js';
import { useResource } from '../hooks/use-resource.js';

/** Set as navigation state by the user form after saving. */
export interface UserSavedState {
  userSaved: true;
}

function isUserSavedState(state: unknown): state is UserSavedState {
  return (
    typeof state === 'object' && state !== null && 'userSaved' in state && state.userSaved === true
  );
}

export function AdminUsersPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const users = useResource<{ users: AdminUser[] }>('/api/admin/users');
  const organisations = useResource<{ organisations: Organisation[] }>('/api/organisations');

  if (users.status === 'failed') return <LoadFailure error={users.error} />;
  const organisationNames = new Map(
    organisations.status === 'loaded'
      ? organisations.data.organisations.map((o) => [o.id, o.name])
      : [],
  );
  return (
    <>
      {isUserSavedState(location.state) && <SuccessBanner>{t('users.saved')}</SuccessBanner>}
      <PageHeading>{t('users.title')}</PageHeading>
      <Link className="nhsuk-button" to="/admin/users/new" id="add-user" draggable={false}>
        {t('users.add')}
      </Link>
      {users.status === 'loading' ? (
        <Loading />
      ) : users.data.users.length === 0 ? (
        <p className="nhsuk-body">{t('users.none')}</p>
      ) : (
        <UsersTable users={users.data.users} organisationNames={organisationNames} />
      )}
    </>
  );
}
