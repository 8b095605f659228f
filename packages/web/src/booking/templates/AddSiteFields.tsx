import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import type { Organisation } from '../../api-types.js';
import { SelectInput } from '../../components/SelectInput.js';
import { TextInput } from '../../components/TextInput.js';
import type { FormErrors } from '../../form-errors.js';
import { noErrors } from '../../form-errors.js';
import { fieldProblems, problem, submitErrors } from '../form-errors.js';

interface AddSiteFieldsProps {
  organisations: readonly Organisation[];
  /** The organisation chosen at first (the user's own). */
  defaultOrganisationId: string;
  errors: FormErrors;
  onErrors: (errors: FormErrors) => void;
  onAdded: (site: { id: string; name: string }) => void;
}

const SITE_IDS = {
  name: 'site-name',
  organisationId: 'site-organisation',
  address: 'site-address',
};

/**
 * "Add a site", inside the template form: a few fields revealed by a button and sent on their
 * own (a form cannot hold another form). The new site is then chosen for the clinic.
 */
export function AddSiteFields(props: AddSiteFieldsProps) {
  const { organisations, errors, onErrors } = props;
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState(props.defaultOrganisationId);
  const [address, setAddress] = useState('');
  const prefix = 'clinics.site.errors';

  const add = async (): Promise<void> => {
    const problems = [
      ...(name.trim() === '' ? [problem('name', 'required')] : []),
      ...(organisationId === '' ? [problem('organisationId', 'required')] : []),
    ];
    if (problems.length > 0) {
      onErrors(fieldProblems(t, prefix, problems, SITE_IDS));
      return;
    }
    try {
      const created = await api.post<{ id: string }>(
        '/api/sites',
        {
          name: name.trim(),
          organisationId,
          ...(address.trim() ? { address: address.trim() } : {}),
        },
        { retryOnCsrf: true },
      );
      onErrors(noErrors);
      props.onAdded({ id: created.id, name: name.trim() });
      setOpen(false);
      setName('');
      setAddress('');
      requestAnimationFrame(() => document.getElementById('site')?.focus());
    } catch (error) {
      onErrors(
        submitErrors(t, prefix, error, { language: i18n.resolvedLanguage ?? 'en', ids: SITE_IDS }),
      );
    }
  };
  // Enter in these boxes adds the site, rather than sending the whole clinic form.
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    void add();
  };

  return (
    <div className="nhsuk-form-group">
      <button
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        type="button"
        aria-expanded={open}
        aria-controls="add-site"
        onClick={() => {
          setOpen(!open);
        }}
      >
        {t('clinics.site.open')}
      </button>
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Enter in a box inside adds the site */}
      <div id="add-site" className="nhsuk-inset-text" hidden={!open} onKeyDown={onKeyDown}>
        <h3 className="nhsuk-heading-s">{t('clinics.site.title')}</h3>
        <TextInput
          id="site-name"
          label={t('clinics.site.name')}
          value={name}
          onChange={setName}
          error={errors.fields.name}
        />
        <SelectInput
          id="site-organisation"
          label={t('clinics.site.organisation')}
          value={organisationId}
          onChange={setOrganisationId}
          options={[
            { value: '', label: t('clinics.site.chooseOrganisation') },
            ...organisations.map((o) => ({ value: o.id, label: o.name })),
          ]}
          error={errors.fields.organisationId}
        />
        <TextInput
          id="site-address"
          label={t('clinics.site.address')}
          value={address}
          onChange={setAddress}
          error={errors.fields.address}
        />
        <button
          className="nhsuk-button nhsuk-button--small"
          type="button"
          onClick={() => void add()}
        >
          {t('clinics.site.add')}
        </button>
      </div>
    </div>
  );
}
