import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNhsNumber } from '@everyday/core';
import type { AdminUser } from '../api-types.js';
import { auditActions, auditOutcomes } from '../api-types.js';
import type { AuditFilters } from '../audit-query.js';
import { datePartsToIso, isoToDateParts } from '../booking/dates.js';
import type { FormErrors } from '../form-errors.js';
import type { DateParts } from './DateInput.js';
import { DateInput } from './DateInput.js';
import { Fieldset } from './Fieldset.js';
import { FilterForm, useFilters } from './FilterForm.js';
import { SelectInput } from './SelectInput.js';
import { TextInput } from './TextInput.js';

type DateFilter = 'from' | 'to' | 'dateOfBirth';
const DATE_FILTERS: readonly DateFilter[] = ['from', 'to', 'dateOfBirth'];

interface AuditFilterFormProps {
  /** The filters in the page address; the form starts from them. */
  initial: AuditFilters;
  users: readonly AdminUser[];
  fieldErrors: Partial<Record<string, string>>;
  onApply: (filters: AuditFilters) => void;
  /** The filters as typed cannot be applied: these are the problems, field by field. */
  onInvalid: (errors: FormErrors) => void;
}

/**
 * Filters for the audit log, dates as day, month and year like every other date, and whose
 * records (by NHS number, or name and date of birth). Applying them puts them in the address,
 * so the view can be shared.
 */
export function AuditFilterForm(props: AuditFilterFormProps) {
  const { initial, users, fieldErrors, onApply, onInvalid } = props;
  const { t } = useTranslation();
  const [filters, set] = useFilters(initial);
  const [dates, setDates] = useState<Record<DateFilter, DateParts>>({
    from: isoToDateParts(initial.from),
    to: isoToDateParts(initial.to),
    dateOfBirth: isoToDateParts(initial.dateOfBirth),
  });
  const setDate = (name: DateFilter) => (value: DateParts) => {
    setDates((current) => ({ ...current, [name]: value }));
  };

  const apply = (): void => {
    const errors: FormErrors = { summary: [], fields: {} };
    const problem = (field: string, text: string): void => {
      errors.fields[field] = text;
      errors.summary.push({ text, href: `#${field}` });
    };
    const next: AuditFilters = { ...filters };
    for (const name of DATE_FILTERS) {
      const check = datePartsToIso(dates[name]);
      if (check.ok) next[name] = check.iso;
      else if (check.code === 'required') next[name] = '';
      else problem(name, t(`audit.errors.${name}`));
    }
    const nhsNumber = filters.nhsNumber.trim();
    if (nhsNumber !== '' && !parseNhsNumber(nhsNumber).valid)
      problem('nhsNumber', t('audit.errors.nhsNumber'));
    const hasName = filters.name.trim() !== '';
    const hasBirth = Object.values(dates.dateOfBirth).some((part) => part.trim() !== '');
    if (hasName && !hasBirth) problem('dateOfBirth', t('audit.errors.dateOfBirthMissing'));
    if (hasBirth && !hasName) problem('name', t('audit.errors.nameMissing'));
    if (errors.summary.length > 0) onInvalid(errors);
    else onApply(next);
  };

  return (
    <FilterForm
      headingId="filters-heading"
      title={t('audit.filters.title')}
      applyLabel={t('audit.filters.apply')}
      clearLabel={t('audit.filters.clear')}
      clearTo="/admin/audit"
      onApply={apply}
    >
      <DateInput
        id="from"
        legend={t('audit.filters.from')}
        legendSize="s"
        hint={t('audit.filters.dateHint')}
        value={dates.from}
        onChange={setDate('from')}
        error={fieldErrors.from}
      />
      <DateInput
        id="to"
        legend={t('audit.filters.to')}
        legendSize="s"
        hint={t('audit.filters.dateHint')}
        value={dates.to}
        onChange={setDate('to')}
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
      <Fieldset
        id="person"
        legend={t('audit.filters.person')}
        legendSize="s"
        hint={t('audit.filters.personHint')}
        invalid={Boolean(fieldErrors.nhsNumber ?? fieldErrors.name ?? fieldErrors.dateOfBirth)}
      >
        <TextInput
          id="nhsNumber"
          label={t('audit.filters.nhsNumber')}
          value={filters.nhsNumber}
          onChange={set('nhsNumber')}
          error={fieldErrors.nhsNumber}
          inputMode="numeric"
          spellCheck={false}
          autoComplete="off"
          width={10}
        />
        <TextInput
          id="name"
          label={t('audit.filters.name')}
          hint={t('audit.filters.nameHint')}
          value={filters.name}
          onChange={set('name')}
          error={fieldErrors.name}
          spellCheck={false}
          autoComplete="off"
          width={20}
        />
        <DateInput
          id="dateOfBirth"
          legend={t('audit.filters.dateOfBirth')}
          legendSize="s"
          value={dates.dateOfBirth}
          onChange={setDate('dateOfBirth')}
          error={fieldErrors.dateOfBirth}
          autoComplete="off"
        />
      </Fieldset>
    </FilterForm>
  );
}
