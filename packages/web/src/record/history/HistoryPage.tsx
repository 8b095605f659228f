import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { BackLink } from '../../components/BackLink.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { useResource } from '../../hooks/use-resource.js';
import { MultilineText } from '../../triage/components/MultilineText.js';
import { SummaryRow } from '../../triage/components/SummaryRow.js';
import { recordPages, recordPaths } from '../api.js';
import { useRecordFormat } from '../format.js';
import type { EntryHistory, EntryVersion, RecordEntryDto } from '../types.js';
import { fieldLabelKey, shownFields, shownValue, valueAtPath } from './history-values.js';

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const shown = shownValue(value);
  switch (shown.type) {
    case 'empty':
      return <>{t('record.history.empty')}</>;
    case 'boolean':
      return <>{t(shown.value ? 'record.yes' : 'record.no')}</>;
    case 'text':
      return <MultilineText text={shown.text} />;
  }
}

function VersionCard({ version, first }: { version: EntryVersion; first: boolean }) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  const fields = shownFields(version.data, first ? [] : version.changedFields);
  const headingId = `version-${String(version.version)}`;
  return (
    <section className="nhsuk-card" aria-labelledby={headingId}>
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id={headingId}>
          {t('record.history.version', { version: version.version })}
        </h2>
        <p className="nhsuk-body">
          {t('record.history.by', {
            name: version.changedBy,
            when: format.dateTime(version.changedAt),
          })}
        </p>
        {!first && (
          <p className="nhsuk-body">
            {t('record.history.changed', {
              fields: version.changedFields
                .map((path) => t(`record.fields.${fieldLabelKey(path)}`, { defaultValue: path }))
                .join(', '),
            })}
          </p>
        )}
        <dl className="nhsuk-summary-list nhsuk-u-margin-bottom-0">
          {fields.map((path) => (
            <SummaryRow
              key={path}
              label={t(`record.fields.${fieldLabelKey(path)}`, { defaultValue: path })}
            >
              <Value value={valueAtPath(version.data, path)} />
            </SummaryRow>
          ))}
        </dl>
      </div>
    </section>
  );
}

/** /episodes/:episodeId/entries/:entryId/history — every version of an entry, newest first. */
export function HistoryPage() {
  const { t } = useTranslation();
  const { episodeId = '', entryId = '' } = useParams();
  const history = useResource<EntryHistory>(recordPaths.history(episodeId, entryId));
  const entry = useResource<RecordEntryDto>(recordPaths.entry(episodeId, entryId));
  if (history.error && !history.data) return <LoadFailure error={history.error} />;
  if (!history.data) return <Loading />;
  const versions = [...history.data.versions].sort((a, b) => b.version - a.version);
  const oldest = versions.at(-1)?.version;
  return (
    <>
      <BackLink to={recordPages.episode(episodeId)}>{t('record.backToEpisode')}</BackLink>
      <PageHeading caption={entry.data ? t(`record.kinds.${entry.data.kind}`) : undefined}>
        {t('record.history.title')}
      </PageHeading>
      <p className="nhsuk-body">{t('record.history.intro', { count: versions.length })}</p>
      {versions.map((version) => (
        <VersionCard key={version.version} version={version} first={version.version === oldest} />
      ))}
    </>
  );
}
