import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../api-types.js';
import { auditActions, auditOutcomes } from '../api-types.js';
import type { AuditFilters } from '../audit-query.js';
import { FilterForm, useFilters } from './FilterForm.js';
import { SelectInput } from './SelectInput.js';
import { TextInput } from './TextInput.js';

interface AuditFilterFormProps {
  /** The filters in the page address; the form starts from them. */
  initial: AuditFilters;
  users: readonly AdminUser[];
  fieldErrors: Partial<Record<string, string>>;
  onApply: (filters: AuditFilters) => void;
}

/** Filters for the audit log. Applying them puts them in the address, so the view can be shared. */
export function AuditFilterForm({ initial, users, fieldErrors, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [filters, set] = useFilters(initial);
  return (
    <FilterForm
      headingId="filters-heading"
      title={t('audit.filters.title')}
      applyLabel={t('audit.filters.apply')}
      clearLabel={t('audit.filters.clear')}
      clearTo="/admin/audit"
      onApply={() => {
        onApply(filters);
      }}
    >
      <TextInput
        id="from"
        label={t('audit.filters.from')}
        type="date"
        value={filters.from}
        onChange={set('from')}
        error={fieldErrors.from}
      />
      <TextInput
        id="to"
        label={t('audit.filters.to')}
        type="date"
        value={filters.to}
        onChange={set('to')}
        error={fieldErrors.to}
      />
      <SelectInput
        id="userId"
        label={t('audit.filters.user')}
        value={filters.userId}
        onChange={set('userId')}
        error={fieldErrors.userId}
        options={[
          { value: '', label: t('audit.filters.allUsers') },
          ...users.map((user) => ({ value: user.id, label: `${user.name} (${user.email})` })),
        ]}
      />
      <SelectInput
        id="action"
        label={t('audit.filters.action')}
        value={filters.action}
        onChange={set('action')}
        error={fieldErrors.action}
        options={[
          { value: '', label: t('audit.filters.allActions') },
          ...auditActions.map((action) => ({
            value: action,
            label: t(`audit.actions.${action}`),
          })),
        ]}
      />
      <TextInput
        id="resourceType"
        label={t('audit.filters.resourceType')}
        value={filters.resourceType}
        onChange={set('resourceType')}
        error={fieldErrors.resourceType}
        spellCheck={false}
        width={10}
      />
      <SelectInput
        id="outcome"
        label={t('audit.filters.outcome')}
        value={filters.outcome}
        onChange={set('outcome')}
        error={fieldErrors.outcome}
        options={[
          { value: '', label: t('audit.filters.allOutcomes') },
          ...auditOutcomes.map((outcome) => ({
            value: outcome,
            label: t(`audit.outcomes.${outcome}`),
          })),
        ]}
      />
    </FilterForm>
  );
}
