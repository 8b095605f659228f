import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { AdminUser, AuditPage as AuditResults } from '../api-types.js';
import type { AuditFilters } from '../audit-query.js';
import { auditQuery, readAuditFilters, readAuditPage } from '../audit-query.js';
import { AuditFilterForm } from '../components/AuditFilterForm.js';
import { AuditTable } from '../components/AuditTable.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { Pagination } from '../components/Pagination.js';
import type { FormErrors } from '../form-errors.js';
import { apiFormErrors, noErrors } from '../form-errors.js';
import { useResource } from '../hooks/use-resource.js';

export function AuditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const filters = readAuditFilters(searchParams);
  const page = readAuditPage(searchParams);
  const filterQuery = auditQuery(filters);
  const apiQuery = new URLSearchParams(filterQuery);
  apiQuery.set('page', String(page));
  const results = useResource<AuditResults>(`/api/admin/audit?${apiQuery.toString()}`);
  const users = useResource<{ users: AdminUser[] }>('/api/admin/users');
  // Problems with the filters as typed (31 February), found before they reach the address.
  const [typed, setTyped] = useState<{ at: string; errors: FormErrors } | null>(null);

  // Bad filters (say, an impossible date typed into the address) are shown against the form.
  const badFilters = results.status === 'failed' && results.error.code === 'validation';
  const serverErrors = useMemo(
    () =>
      results.status === 'failed' && results.error.code === 'validation'
        ? apiFormErrors(t, results.error)
        : noErrors,
    [results, t],
  );
  const errors = typed?.at === filterQuery ? typed.errors : serverErrors;
  if (results.status === 'failed' && !badFilters) return <LoadFailure error={results.error} />;

  const apply = (next: AuditFilters): void => {
    setTyped(null);
    const query = auditQuery(next);
    void navigate(query ? `/admin/audit?${query}` : '/admin/audit');
  };
  const pageLink = (n: number): string => `/admin/audit?${auditQuery(filters, n)}`;
  const pages =
    results.status === 'loaded'
      ? Math.max(1, Math.ceil(results.data.total / results.data.pageSize))
      : 1;

  return (
    <>
      <ErrorSummary items={errors.summary} />
      <PageHeading>{t('audit.title')}</PageHeading>
      <AuditFilterForm
        key={filterQuery}
        initial={filters}
        users={users.status === 'loaded' ? users.data.users : []}
        fieldErrors={errors.fields}
        onApply={apply}
        onInvalid={(found) => {
          setTyped({ at: filterQuery, errors: found });
        }}
      />
      <h2 className="nhsuk-heading-m">{t('audit.results')}</h2>
      {results.status === 'loading' && <Loading />}
      {results.status === 'loaded' && (
        <>
          {results.data.people && (
            <p className="nhsuk-body" id="people-searched">
              {results.data.people.length === 0
                ? t('audit.nobodyFound')
                : t('audit.peopleFound', {
                    names: results.data.people.map((person) => person.name).join(', '),
                  })}
            </p>
          )}
          <p className="nhsuk-body" id="event-count">
            {t('audit.count', { count: results.data.total })}
            {pages > 1 && ` ${t('audit.pageOf', { page: results.data.page, pages })}`}
          </p>
          <p className="nhsuk-body">
            <a
              href={`/api/admin/audit.csv${filterQuery ? `?${filterQuery}` : ''}`}
              download
              id="download-csv"
            >
              {t('audit.download')}
            </a>
          </p>
          {results.data.events.length === 0 ? (
            <p className="nhsuk-body">{t('audit.none')}</p>
          ) : (
            <AuditTable events={results.data.events} />
          )}
          <Pagination
            previous={
              page > 1
                ? { to: pageLink(page - 1), label: t('audit.pageLabel', { page: page - 1, pages }) }
                : null
            }
            next={
              page < pages
                ? { to: pageLink(page + 1), label: t('audit.pageLabel', { page: page + 1, pages }) }
                : null
            }
          />
        </>
      )}
    </>
  );
}
