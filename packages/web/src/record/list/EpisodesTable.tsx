import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Table } from '../../components/Table.js';
import { Tag } from '../../components/Tag.js';
import { recordPages } from '../api.js';
import { useRecordFormat } from '../format.js';
import type { EpisodeListItem } from '../types.js';

function Heading({ children }: { children: string }) {
  return (
    <span className="nhsuk-table__heading" aria-hidden="true">
      {children}{' '}
    </span>
  );
}

/** A page of episodes: who, pathway and tier, status, when opened, lead OT and practice. */
export function EpisodesTable({ episodes }: { episodes: readonly EpisodeListItem[] }) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  const column = (key: string): string => t(`record.list.columns.${key}`);
  return (
    <Table
      id="episodes"
      caption={t('record.list.caption')}
      captionHidden
      columns={[
        column('person'),
        column('pathway'),
        column('status'),
        column('opened'),
        column('leadOt'),
        column('practice'),
      ]}
      responsive
    >
      {episodes.map((episode) => (
        <tr className="nhsuk-table__row" key={episode.id}>
          <th className="nhsuk-table__header" scope="row">
            <Heading>{column('person')}</Heading>
            <Link to={recordPages.episode(episode.id)}>{episode.name}</Link>
          </th>
          <td className="nhsuk-table__cell">
            <Heading>{column('pathway')}</Heading>
            {t(`triage.pathway.${episode.pathway}`, { defaultValue: episode.pathway })}
            <br />
            <span className="nhsuk-body-s">
              {t(`triage.tier.${episode.tier}`, { defaultValue: episode.tier })}
            </span>
          </td>
          <td className="nhsuk-table__cell">
            <Heading>{column('status')}</Heading>
            <Tag colour={episode.status === 'open' ? 'green' : 'grey'}>
              {t(`record.status.${episode.status}`)}
            </Tag>
          </td>
          <td className="nhsuk-table__cell">
            <Heading>{column('opened')}</Heading>
            {format.dateTime(episode.openedAt)}
          </td>
          <td className="nhsuk-table__cell">
            <Heading>{column('leadOt')}</Heading>
            {episode.leadOt ?? t('record.header.notRecorded')}
          </td>
          <td className="nhsuk-table__cell">
            <Heading>{column('practice')}</Heading>
            {episode.practice}
          </td>
        </tr>
      ))}
    </Table>
  );
}
