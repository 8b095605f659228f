import { PATHWAYS, ROUTES } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { FilterForm, useFilters } from '../../components/FilterForm.js';
import { SelectInput } from '../../components/SelectInput.js';
import type { Practice } from '../../api-types.js';
import type { InboxFilters, InboxStatus } from './inbox-query.js';
import { AGE_BANDS, INBOX_STATUSES } from './inbox-query.js';

interface InboxFilterFormProps {
  /** The filters in the page address; the form starts from them. */
  initial: InboxFilters;
  practices: readonly Practice[];
  onApply: (filters: InboxFilters) => void;
}

/** Filters for the triage inbox. Applying them puts them in the address. */
export function InboxFilterForm({ initial, practices, onApply }: InboxFilterFormProps) {
  const { t } = useTranslation();
  const [filters, set, setFilters] = useFilters(initial);
  const all = t('inbox.filters.all');
  return (
    <FilterForm
      headingId="inbox-filters-heading"
      title={t('inbox.filters.title')}
      applyLabel={t('inbox.filters.apply')}
      clearLabel={t('inbox.filters.clear')}
      clearTo="/requests"
      onApply={() => {
        onApply(filters);
      }}
    >
      <SelectInput
        id="status"
        label={t('inbox.filters.status')}
        value={filters.status}
        onChange={(value) => {
          setFilters((current) => ({ ...current, status: value as InboxStatus }));
        }}
        options={INBOX_STATUSES.map((status) => ({
          value: status,
          label: t(`inbox.statuses.${status}`),
        }))}
      />
      <SelectInput
        id="pathway"
        label={t('inbox.filters.pathway')}
        value={filters.pathway}
        onChange={set('pathway')}
        options={[
          { value: '', label: all },
          ...PATHWAYS.map((pathway) => ({
            value: pathway,
            label: t(`triage.pathway.${pathway}`),
          })),
        ]}
      />
      <SelectInput
        id="practiceId"
        label={t('inbox.filters.practice')}
        value={filters.practiceId}
        onChange={set('practiceId')}
        options={[
          { value: '', label: all },
          ...practices.map((practice) => ({ value: practice.id, label: practice.name })),
        ]}
      />
      <SelectInput
        id="route"
        label={t('inbox.filters.route')}
        value={filters.route}
        onChange={set('route')}
        options={[
          { value: '', label: all },
          ...ROUTES.map((route) => ({ value: route, label: t(`triage.route.${route}`) })),
        ]}
      />
      <SelectInput
        id="ageBand"
        label={t('inbox.filters.ageBand')}
        value={filters.ageBand}
        onChange={set('ageBand')}
        options={[
          { value: '', label: all },
          ...AGE_BANDS.map((band) => ({ value: band, label: t(`inbox.ageBands.${band}`) })),
        ]}
      />
    </FilterForm>
  );
}
