import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.js';
import type { FieldError, Organisation, Role } from '../api-types.js';
import { roles } from '../api-types.js';
import type { FormErrors } from '../form-errors.js';
import { apiFormErrors, fieldErrors } from '../form-errors.js';
import { checkEmail, checkRequired } from '../validation.js';
import { Checkboxes } from './Checkboxes.js';
import { OrganisationCheckboxes } from './OrganisationCheckboxes.js';
import { TextInput } from './TextInput.js';

export interface UserFormValues {
  name: string;
  email: string;
  roles: Role[];
  organisationIds: string[];
  /** Only when editing a user. */
  active: boolean;
}

interface UserFormProps {
  mode: 'new' | 'edit';
  initial: UserFormValues;
  organisations: readonly Organisation[];
  /** Sends the form to the server; throws ApiError when it is refused. */
  onSave: (values: UserFormValues) => Promise<void>;
  /** Errors are held by the page, which shows the summary above its heading. */
  errors: FormErrors;
  onErrors: (errors: FormErrors) => void;
}

/** Element ids of fields whose id is not their API name. */
const fieldIds = { organisationIds: 'organisations', active: 'status' };

function validate(mode: 'new' | 'edit', values: UserFormValues): FieldError[] {
  return [
    ...checkRequired('name', values.name),
    ...(mode === 'new' ? checkEmail('email', values.email) : []),
  ];
}

/**
 * Add or edit a user: name, email, roles, organisations, and status (edit). No password: a new
 * user chooses their own from the link they are emailed.
 */
export function UserForm({
  mode,
  initial,
  organisations,
  onSave,
  errors,
  onErrors,
}: UserFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof UserFormValues>(key: K) =>
    (value: UserFormValues[K]) => {
      setValues((current) => ({ ...current, [key]: value }));
    };

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    // Ignore a second press while the first is being sent (no `disabled`: it would drop focus).
    if (saving) return;
    const problems = validate(mode, values);
    if (problems.length > 0) {
      onErrors(fieldErrors(t, problems, fieldIds));
      return;
    }
    setSaving(true);
    try {
      await onSave(values);
    } catch (error) {
      const emailInUse =
        error instanceof ApiError && error.code === 'conflict' && error.fields.length === 0;
      onErrors(
        emailInUse
          ? fieldErrors(t, [{ path: 'email', code: 'in_use', message: error.message }])
          : apiFormErrors(t, error, { ids: fieldIds }),
      );
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        void submit(event);
      }}
    >
      <TextInput
        id="name"
        label={t('userForm.name')}
        autoComplete="off"
        value={values.name}
        onChange={set('name')}
        error={errors.fields.name}
        width={30}
      />
      <TextInput
        id="email"
        label={t('userForm.email')}
        type="email"
        autoComplete="off"
        spellCheck={false}
        readOnly={mode === 'edit'}
        {...(mode === 'edit' ? { hint: t('userForm.emailFixed') } : {})}
        value={values.email}
        onChange={set('email')}
        error={errors.fields.email}
        width={30}
      />
      <Checkboxes
        id="roles"
        name="roles"
        legend={t('userForm.roles')}
        hint={t('userForm.selectAll')}
        items={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        selected={values.roles}
        onChange={(selected) => {
          set('roles')(roles.filter((role) => selected.includes(role)));
        }}
        error={errors.fields.roles}
      />
      <OrganisationCheckboxes
        organisations={organisations}
        selected={values.organisationIds}
        onChange={set('organisationIds')}
        error={errors.fields.organisationIds}
      />
      {mode === 'new' && (
        <p className="nhsuk-body" id="set-password-link-hint">
          {t('account.admin.linkHint')}
        </p>
      )}
      {mode === 'edit' && (
        <Checkboxes
          id="status"
          name="active"
          legend={t('userForm.status')}
          items={[{ value: 'active', id: 'active', label: t('userForm.active') }]}
          selected={values.active ? ['active'] : []}
          onChange={(selected) => {
            set('active')(selected.includes('active'));
          }}
          error={errors.fields.active}
        />
      )}
      <button className="nhsuk-button" type="submit" id="save-user">
        {t('userForm.save')}
      </button>
    </form>
  );
}
