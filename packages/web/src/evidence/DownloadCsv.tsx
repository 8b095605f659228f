import { useTranslation } from 'react-i18next';

/** The "Download CSV" link of one table, with the page's filters. */
export function DownloadCsv({
  query,
  table,
  name,
}: {
  query: string;
  table: string;
  name: string;
}) {
  const { t } = useTranslation();
  return (
    <p className="nhsuk-body">
      <a href={`/api/evidence/dashboard.csv?${query}&table=${table}`} download id={`csv-${table}`}>
        {t('evidence.download.csv')}
        <span className="nhsuk-u-visually-hidden">: {name}</span>
      </a>
    </p>
  );
}
