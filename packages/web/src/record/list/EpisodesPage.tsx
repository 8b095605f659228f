import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Pagination } from '../../components/Pagination.js';
import { useResource } from '../../hooks/use-resource.js';
import { recordPaths } from '../api.js';
import type { EpisodeList } from '../types.js';
import type { EpisodeFilters } from './episodes-query.js';
import {
  defaultEpisodeStatus,
  episodesApiQuery,
  episodesQuery,
  readEpisodeFilters,
  readEpisodePage,
} from './episodes-query.js';
import { EpisodesFilterForm } from './EpisodesFilterForm.js';
import { EpisodesTable } from './EpisodesTable.js';
import { hasRole, useSession } from '../../session.js';

const withQuery = (query: string): string => (query ? `/episodes?${query}` : '/episodes');

/** /episodes — the episodes an OT (or a clinician, for their practice) may open, filtered and paged. */
export function EpisodesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const session = useSession();
  const status = defaultEpisodeStatus(
    hasRole(session.status === 'ready' ? session.user : null, 'ot'),
  );
  const filters = readEpisodeFilters(searchParams, status);
  const page = readEpisodePage(searchParams);
  const results = useResource<EpisodeList>(recordPaths.episodes(episodesApiQuery(filters, page)));
  if (results.status === 'failed') return <LoadFailure error={results.error} />;
  const apply = (next: EpisodeFilters): void => {
    void navigate(withQuery(episodesQuery(next, 1, status)));
  };
  const data = results.status === 'loaded' ? results.data : null;
  const pages = data ? Math.max(1, Math.ceil(data.total / Math.max(1, data.pageSize))) : 1;
  const pageLink = (n: number) => ({
    to: withQuery(episodesQuery(filters, n, status)),
    label: t('record.list.pageLabel', { page: n, pages }),
  });
  return (
    <>
      <PageHeading>{t('record.list.title')}</PageHeading>
      <EpisodesFilterForm key={episodesQuery(filters)} initial={filters} onApply={apply} />
      <h2 className="nhsuk-heading-m">{t('record.list.results')}</h2>
      {data === null ? (
        <Loading />
      ) : (
        <>
          <p className="nhsuk-body" id="episode-count">
            {t('record.list.count', { count: data.total })}
            {pages > 1 && ` ${t('record.list.pageOf', { page: data.page, pages })}`}
          </p>
          {data.episodes.length > 0 && <EpisodesTable episodes={data.episodes} />}
          <Pagination
            previous={page > 1 ? pageLink(page - 1) : null}
            next={page < pages ? pageLink(page + 1) : null}
          />
        </>
      )}
    </>
  );
}
