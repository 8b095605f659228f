import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Pagination } from '../../components/Pagination.js';
import { useResource } from '../../hooks/use-resource.js';
import { ZFrontDoor, ZInboxPage } from '@everyday/core';
import type { InboxFilters } from './inbox-query.js';
import { inboxApiPath, inboxQuery, readInboxFilters, readInboxPage } from './inbox-query.js';
import { InboxFilterForm } from './InboxFilterForm.js';
import { InboxTable } from './InboxTable.js';

/** The OT's triage inbox: crisis requests pinned first, then by urgency and time waiting. */
export function InboxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const filters = readInboxFilters(searchParams);
  const page = readInboxPage(searchParams);
  const results = useResource(inboxApiPath(filters, page), ZInboxPage);
  const frontDoor = useResource('/api/front-door', ZFrontDoor);

  if (results.status === 'failed') return <LoadFailure error={results.error} />;
  const apply = (next: InboxFilters): void => {
    const query = inboxQuery(next);
    void navigate(query ? `/requests?${query}` : '/requests');
  };
  const pageLink = (n: number): string => {
    const query = inboxQuery(filters, n);
    return query ? `/requests?${query}` : '/requests';
  };
  const data = results.status === 'loaded' ? results.data : null;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const pinned = data?.requests.filter((request) => request.pinned) ?? [];
  const toConfirm = data?.requests.filter((r) => !r.pinned && r.needsConfirmation) ?? [];
  const others = data?.requests.filter((r) => !r.pinned && !r.needsConfirmation) ?? [];
  const grouped = pinned.length > 0 || toConfirm.length > 0;
  const filterKey = inboxQuery(filters);

  return (
    <>
      <PageHeading>{t('inbox.title')}</PageHeading>
      <p className="nhsuk-body">
        <Link to="/requests/new">{t('inbox.recordRequest')}</Link>
      </p>
      <InboxFilterForm
        key={filterKey}
        initial={filters}
        practices={frontDoor.status === 'loaded' ? frontDoor.data.practices : []}
        onApply={apply}
      />
      <h2 className="nhsuk-heading-m">{t('inbox.results')}</h2>
      {data === null ? (
        <Loading />
      ) : (
        <>
          <p className="nhsuk-body" id="request-count">
            {t(`inbox.count.${filters.status}`, { count: data.total })}
            {pages > 1 && ` ${t('inbox.pageOf', { page: data.page, pages })}`}
          </p>
          {data.requests.length === 0 && <p className="nhsuk-body">{t('inbox.none')}</p>}
          {pinned.length > 0 && (
            <InboxTable
              id="crisis-requests"
              caption={t('inbox.pinnedCaption', { count: pinned.length })}
              requests={pinned}
              showStatus={filters.status !== 'open'}
            />
          )}
          {toConfirm.length > 0 && (
            <>
              <InboxTable
                id="confirm-requests"
                caption={t('inbox.confirmCaption', { count: toConfirm.length })}
                requests={toConfirm}
                showStatus
              />
              <p className="nhsuk-body-s" id="confirm-requests-hint">
                {t('inbox.confirmHint')}
              </p>
            </>
          )}
          {others.length > 0 && (
            <InboxTable
              id="requests"
              caption={t(grouped ? 'inbox.othersCaption' : 'inbox.caption')}
              captionHidden={!grouped}
              requests={others}
              showStatus={filters.status !== 'open'}
            />
          )}
          <Pagination
            previous={
              page > 1
                ? { to: pageLink(page - 1), label: t('inbox.pageLabel', { page: page - 1, pages }) }
                : null
            }
            next={
              page < pages
                ? { to: pageLink(page + 1), label: t('inbox.pageLabel', { page: page + 1, pages }) }
                : null
            }
          />
        </>
      )}
    </>
  );
}
