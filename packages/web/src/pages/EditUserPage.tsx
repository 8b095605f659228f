import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../api.js';
import type { AdminUser, Organisation } from '../api-types.js';
import { BackLink } from '../components/BackLink.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { SetPasswordLinkForm } from './SetPasswordLinkForm.js';
import type { UserFormValues } from '../components/UserForm.js';
import { UserForm } from '../components/UserForm.js';
import type { FormErrors } from '../form-errors.js';
import { noErrors } from '../form-errors.js';
import { useResource } from '../hooks/use-resource.js';
import type { UserSavedState } from './AdminUsersPage.js';
import { NotFoundPage } from './NotFoundPage.js';

export function EditUserPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  // There is no GET /api/admin/users/:id: the user is found in the list.
  const users = useResource<{ users: AdminUser[] }>('/api/admin/users');
  const organisations = useResource<{ organisations: Organisation[] }>('/api/organisations');
  const [errors, setErrors] = useState<FormErrors>(noErrors);

  if (users.status === 'failed') return <LoadFailure error={users.error} />;
  if (organisations.status === 'failed') return <LoadFailure error={organisations.error} />;
  const user =
    users.status === 'loaded'
      ? users.data.users.find((candidate) => candidate.id === id)
      : undefined;
  if (users.status === 'loaded' && !user) return <NotFoundPage />;

  const save = async (values: UserFormValues): Promise<void> => {
    const { name, roles, organisationIds, active } = values;
    await api.patch(`/api/admin/users/${encodeURIComponent(id)}`, {
      name: name.trim(),
      roles,
      organisationIds,
      active,
    });
    const state: UserSavedState = { userSaved: true };
    await navigate('/admin/users', { state });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/users">{t('userForm.back')}</BackLink>
        <ErrorSummary items={errors.summary} />
        <PageHeading caption={user?.name}>{t('userForm.editTitle')}</PageHeading>
        {!user || organisations.status === 'loading' ? (
          <Loading />
        ) : (
          <>
            <UserForm
              mode="edit"
              initial={user}
              organisations={organisations.data.organisations}
              onSave={save}
              errors={errors}
              onErrors={setErrors}
            />
            <hr className="nhsuk-section-break nhsuk-section-break--l nhsuk-section-break--visible" />
            <SetPasswordLinkForm user={user} />
          </>
        )}
      </div>
    </div>
  );
}
