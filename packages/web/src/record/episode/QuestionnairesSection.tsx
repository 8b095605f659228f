import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Table } from '../../components/Table.js';
import { Tag } from '../../components/Tag.js';
import { useResource } from '../../hooks/use-resource.js';
import { recordPaths } from '../api.js';
import { useRecordFormat } from '../format.js';
import { useInstrumentLabels } from '../labels.js';
import type { QuestionnaireLink } from '../types.js';
import { QuestionnaireLinkForm } from './QuestionnaireLinkForm.js';

/** Questionnaire links sent for the episode, and the form to send more. */
export function QuestionnairesSection({ episodeId, open }: { episodeId: string; open: boolean }) {
  const { t } = useTranslation();
  const labels = useInstrumentLabels();
  const format = useRecordFormat();
  // When the page was shown: links that expired before then are marked so.
  const [shownAt] = useState(() => Date.now());
  const links = useResource<{ links: QuestionnaireLink[] }>(
    recordPaths.questionnaireLinks(episodeId),
  );
  const column = (key: string): string => t(`record.questionnaires.columns.${key}`);
  const list = links.data?.links ?? [];
  return (
    <section aria-labelledby="questionnaires-heading" className="nhsuk-u-margin-bottom-7">
      <h2 className="nhsuk-heading-l" id="questionnaires-heading">
        {t('record.questionnaires.title')}
      </h2>
      {list.length > 0 && (
        <Table
          id="questionnaire-links"
          caption={t('record.questionnaires.caption')}
          captionHidden
          columns={[column('kinds'), column('language'), column('created'), column('status')]}
        >
          {list.map((link) => (
            <tr className="nhsuk-table__row" key={link.id}>
              <td className="nhsuk-table__cell">
                {link.kinds.map((kind) => labels.questionnaire(kind)).join(', ')}
              </td>
              <td className="nhsuk-table__cell">{t(`record.languages.${link.language}`)}</td>
              <td className="nhsuk-table__cell">{format.dateTime(link.createdAt)}</td>
              <td className="nhsuk-table__cell">
                {link.completedAt ? (
                  <Tag colour="green">{t('record.questionnaires.completed')}</Tag>
                ) : new Date(link.expiresAt).getTime() < shownAt ? (
                  <Tag colour="grey">{t('record.questionnaires.expired')}</Tag>
                ) : (
                  <Tag colour="blue">
                    {t(
                      link.sent
                        ? 'record.questionnaires.waitingSent'
                        : 'record.questionnaires.waiting',
                    )}
                  </Tag>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {open ? (
        <QuestionnaireLinkForm episodeId={episodeId} onCreated={links.reload} />
      ) : (
        <p className="nhsuk-body">{t('record.questionnaires.closed')}</p>
      )}
    </section>
  );
}
