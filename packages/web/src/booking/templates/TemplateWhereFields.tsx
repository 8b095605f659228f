import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api-types.js';
import { SelectInput } from '../../components/SelectInput.js';
import { TextInput } from '../../components/TextInput.js';
import type { FormErrors } from '../../form-errors.js';
import type { Site } from '../clinic-types.js';
import { AddSiteFields } from './AddSiteFields.js';
import type { TemplateSectionProps } from './section-props.js';

interface TemplateWhereFieldsProps extends TemplateSectionProps {
  /** OTs to choose from (an administrator sets up clinics for others); none for an OT. */
  ots: readonly { id: string; name: string }[];
  sites: readonly Site[];
  organisations: readonly Organisation[];
  defaultOrganisationId: string;
  siteErrors: FormErrors;
  onSiteErrors: (errors: FormErrors) => void;
  onSiteAdded: (site: Site) => void;
}

/** Whose clinic, where it runs (with "Add a site"), and its name. */
export function TemplateWhereFields(props: TemplateWhereFieldsProps) {
  const { values, onChange, errors, ots, sites } = props;
  const { t } = useTranslation();
  return (
    <>
      {ots.length > 0 && (
        <SelectInput
          id="ot"
          label={t('clinics.template.ot')}
          value={values.otId}
          onChange={(otId) => {
            onChange({ otId });
          }}
          options={[
            { value: '', label: t('clinics.template.chooseOt') },
            ...ots.map((ot) => ({ value: ot.id, label: ot.name })),
          ]}
          error={errors.otId}
        />
      )}
      <SelectInput
        id="site"
        label={t('clinics.template.site')}
        value={values.siteId}
        onChange={(siteId) => {
          onChange({ siteId });
        }}
        options={[
          { value: '', label: t('clinics.template.chooseSite') },
          ...sites.map((site) => ({ value: site.id, label: site.name })),
        ]}
        error={errors.siteId}
      />
      <AddSiteFields
        organisations={props.organisations}
        defaultOrganisationId={props.defaultOrganisationId}
        errors={props.siteErrors}
        onErrors={props.onSiteErrors}
        onAdded={({ id, name }) => {
          props.onSiteAdded({ id, name, organisationId: '', address: null });
          onChange({ siteId: id });
        }}
      />
      <TextInput
        id="clinic-name"
        label={t('clinics.template.name')}
        hint={t('clinics.template.nameHint')}
        value={values.name}
        onChange={(name) => {
          onChange({ name });
        }}
        error={errors.name}
      />
    </>
  );
}
