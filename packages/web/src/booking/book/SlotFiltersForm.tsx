import type { SubmitEvent } from 'react';
import { useState } from 'react';
import { CLINIC_MODES } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { SelectInput } from '../../components/SelectInput.js';
import type { SlotFilters } from './book-query.js';

interface SlotFiltersFormProps {
  initial: SlotFilters;
  sites: readonly { id: string; name: string }[];
  ots: readonly { id: string; name: string }[];
  onApply: (filters: SlotFilters) => void;
}

/** Narrow the times by how the person is seen, where, and by whom. */
export function SlotFiltersForm({ initial, sites, ots, onApply }: SlotFiltersFormProps) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(initial);
  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    onApply(filters);
  };
  return (
    <form noValidate onSubmit={submit} aria-labelledby="filters-title">
      <h2 className="nhsuk-heading-s" id="filters-title">
        {t('booking.filters.title')}
      </h2>
      <div className="app-filters">
        <SelectInput
          id="filter-mode"
          label={t('booking.filters.mode')}
          value={filters.mode}
          onChange={(mode) => {
            setFilters({ ...filters, mode: mode as SlotFilters['mode'] });
          }}
          options={[
            { value: '', label: t('booking.filters.anyMode') },
            ...CLINIC_MODES.map((mode) => ({ value: mode, label: t(`booking.mode.${mode}`) })),
          ]}
        />
        <SelectInput
          id="filter-site"
          label={t('booking.filters.site')}
          value={filters.siteId}
          onChange={(siteId) => {
            setFilters({ ...filters, siteId });
          }}
          options={[
            { value: '', label: t('booking.filters.anySite') },
            ...sites.map((site) => ({ value: site.id, label: site.name })),
          ]}
        />
        <SelectInput
          id="filter-ot"
          label={t('booking.filters.ot')}
          value={filters.otId}
          onChange={(otId) => {
            setFilters({ ...filters, otId });
          }}
          options={[
            { value: '', label: t('booking.filters.anyOt') },
            ...ots.map((ot) => ({ value: ot.id, label: ot.name })),
          ]}
        />
      </div>
      <button className="nhsuk-button nhsuk-button--secondary" type="submit">
        {t('booking.filters.apply')}
      </button>
    </form>
  );
}
