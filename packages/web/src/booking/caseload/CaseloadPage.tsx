import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Table } from '../../components/Table.js';
import { Tag } from '../../components/Tag.js';
import { formatAppointment, useLocale } from '../format.js';
import { useResource } from '../../hooks/use-resource.js';
import type { Caseload } from '../clinic-types.js';

function Heading({ children }: { children: string }) {
  return (
    <span className="nhsuk-table__heading" aria-hidden="true">
      {children}{' '}
    </span>
  );
}

/** /clinics/caseload — the OT's open episodes, and contacts this week against 32 (seed 002). */
export function CaseloadPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const caseload = useResource<Caseload>('/api/caseload');
  if (caseload.error && !caseload.data) return <LoadFailure error={caseload.error} />;
  const data = caseload.data;
  const column = (key: string): string => t(`caseload.columns.${key}`);
  return (
    <>
      <PageHeading>{t('caseload.title')}</PageHeading>
      {data === null ? (
        <Loading />
      ) : (
        <>
          <p className="nhsuk-body-l" id="contacts-this-week">
            {t('caseload.contacts', { contacts: data.contactsThisWeek, target: data.target })}
          </p>
          {data.episodes.length === 0 ? (
            <p className="nhsuk-body">{t('caseload.none')}</p>
          ) : (
            <Table
              id="caseload"
              caption={t('caseload.caption', { episodes: data.episodes.length })}
              captionSize="m"
              columns={[
                column('person'),
                column('pathway'),
                column('tier'),
                column('sessions'),
                column('next'),
                column('review'),
              ]}
              responsive
            >
              {data.episodes.map((episode) => (
                <tr className="nhsuk-table__row" key={episode.id}>
                  <th className="nhsuk-table__header" scope="row">
                    <Heading>{column('person')}</Heading>
                    <Link to={`/episodes/${encodeURIComponent(episode.id)}`}>{episode.name}</Link>
                  </th>
                  <td className="nhsuk-table__cell">
                    <Heading>{column('pathway')}</Heading>
                    {t(`triage.pathway.${episode.pathway}`, { defaultValue: episode.pathway })}
                  </td>
                  <td className="nhsuk-table__cell">
                    <Heading>{column('tier')}</Heading>
                    {t(`triage.tier.${episode.tier}`, { defaultValue: episode.tier })}
                  </td>
                  <td className="nhsuk-table__cell">
                    <Heading>{column('sessions')}</Heading>
                    {t('caseload.sessions', {
                      used: episode.sessionsUsed,
                      limit: episode.sessionLimit,
                    })}
                  </td>
                  <td className="nhsuk-table__cell">
                    <Heading>{column('next')}</Heading>
                    {episode.nextAppointment ? (
                      <time dateTime={episode.nextAppointment}>
                        {formatAppointment(episode.nextAppointment, locale)}
                      </time>
                    ) : (
                      t('caseload.noneBooked')
                    )}
                  </td>
                  <td className="nhsuk-table__cell">
                    <Heading>{column('review')}</Heading>
                    {episode.reviewFlagged && (
                      <>
                        <Tag colour="orange">{t('caseload.review')}</Tag>
                        {episode.reviewReason && (
                          <>
                            <br />
                            <span className="nhsuk-body-s">{episode.reviewReason}</span>
                          </>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </>
      )}
    </>
  );
}
