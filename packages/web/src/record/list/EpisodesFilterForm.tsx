import { PATHWAYS } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { FilterForm, useFilters } from '../../components/FilterForm.js';
import { SelectInput } from '../../components/SelectInput.js';
import type { EpisodeFilters, EpisodeStatusFilter } from './episodes-query.js';
import { EPISODE_STATUSES } from './episodes-query.js';

interface EpisodesFilterFormProps {
  /** The filters in the page address; the form starts from them. */
  initial: EpisodeFilters;
  onApply: (filters: EpisodeFilters) => void;
}

/** Filters for the list of episodes: status and pathway. Applying them puts them in the address. */
export function EpisodesFilterForm({ initial, onApply }: EpisodesFilterFormProps) {
  const { t } = useTranslation();
  const [filters, set, setFilters] = useFilters(initial);
  return (
    <FilterForm
      headingId="episode-filters-heading"
      title={t('record.list.filters.title')}
      applyLabel={t('record.list.filters.apply')}
      clearLabel={t('record.list.filters.clear')}
      clearTo="/episodes"
      onApply={() => {
        onApply(filters);
      }}
    >
      <SelectInput
        id="status"
        label={t('record.list.filters.status')}
        value={filters.status}
        onChange={(value) => {
          setFilters((current) => ({ ...current, status: value as EpisodeStatusFilter }));
        }}
        options={EPISODE_STATUSES.map((status) => ({
          value: status,
          label: t(`record.list.statuses.${status}`),
        }))}
      />
      <SelectInput
        id="pathway"
        label={t('record.list.filters.pathway')}
        value={filters.pathway}
        onChange={set('pathway')}
        options={[
          { value: '', label: t('record.list.filters.all') },
          ...PATHWAYS.map((pathway) => ({ value: pathway, label: t(`triage.pathway.${pathway}`) })),
        ]}
      />
    </FilterForm>
  );
}
