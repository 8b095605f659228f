import { useTranslation } from 'react-i18next';
import type { Organisation } from '../api-types.js';
import { organisationTree } from '../organisation-tree.js';
import { Checkboxes } from './Checkboxes.js';

interface OrganisationCheckboxesProps {
  organisations: readonly Organisation[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
}

/** Organisations as an indented tree (service → PCN → practice), each with its kind and ODS code. */
export function OrganisationCheckboxes({
  organisations,
  selected,
  onChange,
  error,
}: OrganisationCheckboxesProps) {
  const { t } = useTranslation();
  const items = organisationTree(organisations).map(({ organisation, depth }) => {
    const kind = t(`organisationKinds.${organisation.kind}`);
    return {
      value: organisation.id,
      label: organisation.name,
      depth,
      hint: organisation.odsCode
        ? t('userForm.organisationHint', { kind, code: organisation.odsCode })
        : kind,
    };
  });
  return (
    <Checkboxes
      id="organisations"
      name="organisationIds"
      legend={t('userForm.organisations')}
      hint={t('userForm.organisationsHint')}
      items={items}
      selected={selected}
      onChange={onChange}
      error={error}
    />
  );
}
