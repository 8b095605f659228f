import { PATHWAYS } from '@everyday/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/format.js';
import { datePartsToIso, isoToDateParts, type DateParts } from '../booking/dates.js';
import { DateInput } from '../components/DateInput.js';
import { FilterForm } from '../components/FilterForm.js';
import { Radios } from '../components/Radios.js';
import { SelectInput } from '../components/SelectInput.js';
import { formatDay } from '../dates/format-date.js';
import type { FormErrors } from '../form-errors.js';
import {
  COMPARE_PRESETS,
  PERIOD_PRESETS,
  compareChoiceOf,
  comparePeriod,
  periodChoiceOf,
  presetPeriod,
  type CompareChoice,
  type EvidenceFilters as Filters,
  type Period,
  type PeriodChoice,
} from './evidence-query.js';

type DateField = 'from' | 'to' | 'compareFrom' | 'compareTo';

interface EvidenceFiltersProps {
  /** The filters in the page address; the form starts from them. */
  initial: Filters;
  today: string;
  practices: readonly { id: string; name: string }[];
  fieldErrors: Partial<Record<string, string>>;
  onApply: (filters: Filters) => void;
  /** The filters as typed cannot be applied: these are the problems, field by field. */
  onInvalid: (errors: FormErrors) => void;
}

/** A period typed as two dates, or the problems with it (keyed by field). */
function typedPeriod(
  dates: Record<DateField, DateParts>,
  fields: readonly [DateField, DateField],
  t: TFunction,
): Period | Partial<Record<DateField, string>> {
  const [, end] = fields;
  const problems: Partial<Record<DateField, string>> = {};
  const [from, to] = fields.map((field) => {
    const check = datePartsToIso(dates[field]);
    if (check.ok) return check.iso;
    problems[field] = t(`evidence.errors.byField.${field}.${check.code}`);
    return '';
  });
  if (from === undefined || to === undefined || Object.keys(problems).length > 0) return problems;
  if (from > to) return { [end]: t(`evidence.errors.byField.${end}.period_order`) };
  return { from, to };
}

const isPeriod = (p: object): p is Period => 'from' in p && typeof p.from === 'string';

/**
 * The dashboard's filters: the period (a preset or two dates), practice, pathway and an optional
 * comparison period. Applying them puts them in the address, so the view can be shared; each
 * problem is shown beside its field.
 */
export function EvidenceFilters(props: EvidenceFiltersProps) {
  const { initial, today, practices, fieldErrors, onApply, onInvalid } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const [period, setPeriod] = useState<PeriodChoice>(
    periodChoiceOf({ from: initial.from, to: initial.to }, today),
  );
  const [compare, setCompare] = useState<CompareChoice>(compareChoiceOf(initial));
  const [practiceId, setPracticeId] = useState(initial.practiceId);
  const [pathway, setPathway] = useState(initial.pathway);
  const [dates, setDates] = useState<Record<DateField, DateParts>>({
    from: isoToDateParts(initial.from),
    to: isoToDateParts(initial.to),
    compareFrom: isoToDateParts(initial.compareFrom),
    compareTo: isoToDateParts(initial.compareTo),
  });
  const setDate = (name: DateField) => (value: DateParts) => {
    setDates((current) => ({ ...current, [name]: value }));
  };
  const between = (p: Period) =>
    t('evidence.filters.between', {
      from: formatDay(p.from, locale, 'long'),
      to: formatDay(p.to, locale, 'long'),
    });

  const apply = (): void => {
    const errors: FormErrors = { summary: [], fields: {} };
    const problems = (found: Partial<Record<DateField, string>>) => {
      for (const [field, text] of Object.entries(found)) {
        errors.fields[field] = text;
        errors.summary.push({ text, href: `#${field}` });
      }
    };
    const main =
      period === 'custom' ? typedPeriod(dates, ['from', 'to'], t) : presetPeriod(period, today);
    if (!isPeriod(main)) problems(main);
    let compared: Period | null = null;
    if (compare === 'custom') {
      const typed = typedPeriod(dates, ['compareFrom', 'compareTo'], t);
      if (isPeriod(typed)) compared = typed;
      else problems(typed);
    } else if (compare !== 'none' && isPeriod(main)) {
      compared = comparePeriod(compare, main);
    }
    if (errors.summary.length > 0 || !isPeriod(main)) {
      onInvalid(errors);
      return;
    }
    onApply({
      from: main.from,
      to: main.to,
      practiceId,
      pathway,
      compareFrom: compared?.from ?? '',
      compareTo: compared?.to ?? '',
    });
  };

  const dateInput = (field: DateField) => (
    <DateInput
      id={field}
      legend={t(`evidence.filters.${field}`)}
      legendSize="s"
      hint={t('evidence.filters.dateHint')}
      value={dates[field]}
      onChange={setDate(field)}
      error={fieldErrors[field]}
      autoComplete="off"
    />
  );

  return (
    <div className="app-evidence-filters">
      <FilterForm
        headingId="evidence-filters-title"
        title={t('evidence.filters.title')}
        applyLabel={t('evidence.filters.apply')}
        clearLabel={t('evidence.filters.clear')}
        clearTo="/evidence"
        onApply={apply}
      >
        <Radios
          id="period"
          legend={t('evidence.filters.period')}
          legendSize="s"
          small
          value={period}
          onChange={(v) => {
            setPeriod(v as PeriodChoice);
          }}
          error={fieldErrors.period}
          items={[
            ...PERIOD_PRESETS.map((preset) => ({
              value: preset,
              label: t(`evidence.filters.presets.${preset}`),
              hint: between(presetPeriod(preset, today)),
            })),
            {
              value: 'custom',
              label: t('evidence.filters.presets.custom'),
              conditional: (
                <>
                  {dateInput('from')}
                  {dateInput('to')}
                </>
              ),
            },
          ]}
        />
        <SelectInput
          id="practiceId"
          label={t('evidence.filters.practice')}
          value={practiceId}
          onChange={setPracticeId}
          error={fieldErrors.practiceId}
          options={[
            { value: '', label: t('evidence.filters.allPractices') },
            ...practices.map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <SelectInput
          id="pathway"
          label={t('evidence.filters.pathway')}
          value={pathway}
          onChange={setPathway}
          error={fieldErrors.pathway}
          options={[
            { value: '', label: t('evidence.filters.allPathways') },
            ...PATHWAYS.map((p) => ({ value: p, label: t(`triage.pathway.${p}`) })),
          ]}
        />
        <Radios
          id="compare"
          legend={t('evidence.filters.compare')}
          legendSize="s"
          small
          value={compare}
          onChange={(v) => {
            setCompare(v as CompareChoice);
          }}
          items={[
            { value: 'none', label: t('evidence.filters.comparePresets.none') },
            ...COMPARE_PRESETS.map((preset) => ({
              value: preset,
              label: t(`evidence.filters.comparePresets.${preset}`),
            })),
            {
              value: 'custom',
              label: t('evidence.filters.comparePresets.custom'),
              conditional: (
                <>
                  {dateInput('compareFrom')}
                  {dateInput('compareTo')}
                </>
              ),
            },
          ]}
        />
      </FilterForm>
    </div>
  );
}
