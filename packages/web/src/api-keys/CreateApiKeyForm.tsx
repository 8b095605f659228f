import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../api-types.js';
import { SelectInput } from '../components/SelectInput.js';
import { TextInput } from '../components/TextInput.js';
import type { TFunction } from 'i18next';
import { api, ApiError } from '../api.js';
import type { FieldError } from '../api-types.js';
import type { FormErrors } from '../form-errors.js';
import { apiFormErrors } from '../form-errors.js';
import { checkRequired } from '../validation.js';
import type { ApiKeyCreated } from '../triage/request-types.js';

const ids = { name: 'key-name', organisationId: 'key-organisation' } as const;

function idOf(field: string): string | undefined {
  return field === 'name' || field === 'organisationId' ? ids[field] : undefined;
}

/** Messages: `apiKeys.errors.<field>.<code>`, then the common `fieldErrors.<code>`. */
function keyErrors(t: TFunction, errors: readonly FieldError[]): FormErrors {
  const result: FormErrors = { summary: [], fields: {} };
  for (const error of errors) {
    const field = /^[A-Za-z]+/.exec(error.path)?.[0] ?? '';
    if (result.fields[field] !== undefined) continue;
    const text = t([`apiKeys.errors.${field}.${error.code}`, `fieldErrors.${error.code}`], {
      defaultValue: error.message,
    });
    result.fields[field] = text;
    const id = idOf(field);
    result.summary.push(id ? { text, href: `#${id}` } : { text });
  }
  return result;
}

interface CreateApiKeyFormProps {
  organisations: readonly Organisation[];
  errors: FormErrors;
  onErrors: (errors: FormErrors) => void;
  onCreated: (created: ApiKeyCreated) => void;
}

/** A new key for another system: a name to know it by, and the organisation it sends for. */
export function CreateApiKeyForm({
  organisations,
  errors,
  onErrors,
  onCreated,
}: CreateApiKeyFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [saving, setSaving] = useState(false);

  const submit = async (event: SubmitEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (saving) return;
    const problems = [
      ...checkRequired('name', name),
      ...(name.trim().length > 100 ? [{ path: 'name', code: 'too_long', message: '' }] : []),
      ...checkRequired('organisationId', organisationId),
    ];
    if (problems.length > 0) {
      onErrors(keyErrors(t, problems));
      return;
    }
    setSaving(true);
    try {
      const created = await api.post<ApiKeyCreated>(
        '/api/admin/api-keys',
        { name: name.trim(), organisationId },
        { retryOnCsrf: true },
      );
      setName('');
      setOrganisationId('');
      onCreated(created);
    } catch (error) {
      onErrors(
        error instanceof ApiError && error.fields.length > 0
          ? keyErrors(t, error.fields)
          : apiFormErrors(t, error),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby="create-key-heading"
      onSubmit={(event) => {
        void submit(event);
      }}
    >
      <h2 className="nhsuk-heading-m" id="create-key-heading">
        {t('apiKeys.create.title')}
      </h2>
      <TextInput
        id={ids.name}
        name="name"
        label={t('apiKeys.create.name')}
        hint={t('apiKeys.create.nameHint')}
        value={name}
        onChange={setName}
        error={errors.fields.name}
        autoComplete="off"
        width={30}
      />
      <SelectInput
        id={ids.organisationId}
        label={t('apiKeys.create.organisation')}
        value={organisationId}
        onChange={setOrganisationId}
        error={errors.fields.organisationId}
        options={[
          { value: '', label: t('apiKeys.create.chooseOrganisation') },
          ...organisations.map((organisation) => ({
            value: organisation.id,
            label: `${organisation.name} (${t(`organisationKinds.${organisation.kind}`)})`,
          })),
        ]}
      />
      <button className="nhsuk-button" type="submit" id="create-key">
        {t('apiKeys.create.submit')}
      </button>
    </form>
  );
}
