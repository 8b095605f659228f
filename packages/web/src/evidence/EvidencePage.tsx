import { EVIDENCE_SECTIONS, ZEvidenceDashboard, type EvidenceDashboard } from '@everyday/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { ApiError } from '../api.js';
import { londonToday } from '../booking/dates.js';
import { useLocale } from '../booking/format.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { formatDay } from '../dates/format-date.js';
import { codeMessage, noErrors, type FormErrors } from '../form-errors.js';
import { useResource } from '../hooks/use-resource.js';
import { EvidenceResults } from './EvidenceResults.js';
import { EvidenceFilters } from './EvidenceFilters.js';
import {
  COMPARE_FIELDS,
  apiQuery,
  evidenceQuery,
  hasComparison,
  readEvidenceFilters,
  type EvidenceFilters as Filters,
} from './evidence-query.js';
import { makeView } from './evidence-view.js';

const PATH = '/api/evidence/dashboard';

/** The API's 400 for the filters, field by field, beside the form's fields. */
function filterErrors(
  t: ReturnType<typeof useTranslation>['t'],
  failures: readonly { error: ApiError; rename: Readonly<Record<string, string>> }[],
): FormErrors {
  const errors: FormErrors = { summary: [], fields: {} };
  for (const { error, rename } of failures) {
    for (const field of error.fields) {
      const api = /^[A-Za-z]+/.exec(field.path)?.[0] ?? field.path;
      const name = rename[api] ?? api;
      if (errors.fields[name] !== undefined) continue;
      const text = codeMessage(
        t,
        { byField: ['evidence.errors.byField'], byCode: ['fieldErrors'] },
        name,
        field.code,
        field.message,
      );
      errors.fields[name] = text;
      errors.summary.push({ text, href: `#${name}` });
    }
  }
  return errors;
}

/**
 * /evidence — the impact and equity dashboard for leads and OTs (issue 12 item 2): what the service
 * achieved, for whom, over a period, for a practice and a pathway, beside a comparison period.
 * Headline cards, each section's figures, outcomes per instrument, the weekly trend and the equity
 * breakdowns as charts paired with their tables, every number linked to its definition, the
 * small-number rule stated beside every table it touches, and every table as CSV.
 */
export function EvidencePage() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const today = londonToday();
  const filters = readEvidenceFilters(searchParams, today);
  const address = evidenceQuery(filters);
  const main = apiQuery(filters, 'main');
  const dashboard = useResource<EvidenceDashboard>(`${PATH}?${main}`, ZEvidenceDashboard);
  const compare = useResource<EvidenceDashboard>(
    hasComparison(filters) ? `${PATH}?${apiQuery(filters, 'compare')}` : null,
    ZEvidenceDashboard,
  );
  // Problems with the filters as typed, found before they reach the address.
  const [typed, setTyped] = useState<{ at: string; errors: FormErrors } | null>(null);

  const invalid = (r: typeof dashboard) => r.status === 'failed' && r.error.code === 'validation';
  const serverErrors = useMemo(() => {
    const failures = [
      ...(dashboard.status === 'failed' && dashboard.error.code === 'validation'
        ? [{ error: dashboard.error, rename: {} }]
        : []),
      ...(compare.status === 'failed' && compare.error.code === 'validation'
        ? [{ error: compare.error, rename: COMPARE_FIELDS }]
        : []),
    ];
    return failures.length > 0 ? filterErrors(t, failures) : noErrors;
  }, [dashboard, compare, t]);
  const errors = typed?.at === address ? typed.errors : serverErrors;
  if (dashboard.status === 'failed' && !invalid(dashboard))
    return <LoadFailure error={dashboard.error} />;

  const apply = (next: Filters): void => {
    setTyped(null);
    void navigate(`/evidence?${evidenceQuery(next)}`);
  };
  const language = i18n.resolvedLanguage === 'cy' ? 'cy' : 'en';
  const data = dashboard.status === 'loaded' ? dashboard.data : null;
  const compareData = compare.status === 'loaded' ? compare.data : null;

  return (
    <>
      <ErrorSummary items={errors.summary} />
      <PageHeading>{t('evidence.title')}</PageHeading>
      <p className="nhsuk-body-l">{t('evidence.intro')}</p>
      <EvidenceFilters
        key={address}
        initial={filters}
        today={today}
        practices={data?.practices ?? []}
        fieldErrors={errors.fields}
        onApply={apply}
        onInvalid={(found) => {
          setTyped({ at: address, errors: found });
        }}
      />
      {dashboard.status === 'loading' && <Loading />}
      {data && (
        <EvidenceResults
          view={makeView(data, compareData, main, language)}
          sections={EVIDENCE_SECTIONS}
          period={t('evidence.filters.between', {
            from: formatDay(data.query.from, locale, 'long'),
            to: formatDay(data.query.to, locale, 'long'),
          })}
          comparePeriod={
            hasComparison(filters) && !invalid(compare)
              ? t('evidence.filters.between', {
                  from: formatDay(filters.compareFrom, locale, 'long'),
                  to: formatDay(filters.compareTo, locale, 'long'),
                })
              : null
          }
        />
      )}
    </>
  );
}
