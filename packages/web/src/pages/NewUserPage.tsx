import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../api.js';
import type { Organisation } from '../api-types.js';
import { BackLink } from '../components/BackLink.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import type { UserFormValues } from '../components/UserForm.js';
import { UserForm } from '../components/UserForm.js';
import type { FormErrors } from '../form-errors.js';
import { noErrors } from '../form-errors.js';
import { useResource } from '../hooks/use-resource.js';
import type { UserSavedState } from './AdminUsersPage.js';

const empty: UserFormValues = {
  name: '',
  email: '',
  roles: [],
  organisationIds: [],
  active: true,
};

export function NewUserPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const organisations = useResource<{ organisations: Organisation[] }>('/api/organisations');
  const [errors, setErrors] = useState<FormErrors>(noErrors);

  const save = async (values: UserFormValues): Promise<void> => {
    const { name, email, roles, organisationIds } = values;
    // The set-your-password email is written in the language the administrator is working in.
    await api.post('/api/admin/users', {
      name: name.trim(),
      email: email.trim(),
      roles,
      organisationIds,
      language: i18n.language === 'cy' ? 'cy' : 'en',
    });
    const state: UserSavedState = { userSaved: true };
    await navigate('/admin/users', { state });
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/users">{t('userForm.back')}</BackLink>
        {organisations.status === 'failed' ? (
          <LoadFailure error={organisations.error} />
        ) : (
          <>
            <ErrorSummary items={errors.summary} />
            <PageHeading>{t('userForm.addTitle')}</PageHeading>
            {organisations.status === 'loading' ? (
              <Loading />
            ) : (
              <UserForm
                mode="new"
                initial={empty}
                organisations={organisations.data.organisations}
                onSave={save}
                errors={errors}
                onErrors={setErrors}
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}
