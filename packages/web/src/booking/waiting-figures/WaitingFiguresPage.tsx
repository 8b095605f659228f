import { ZWaitingFigures, type WaitingFigureRow, type WaitingFiguresView } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { InsetText } from '../../components/InsetText.js';
import { LoadFailure } from '../../components/LoadFailure.js';
import { Loading } from '../../components/Loading.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Table } from '../../components/Table.js';
import { useResource } from '../../hooks/use-resource.js';
import { formatDay, useLocale } from '../format.js';

const PATH = '/api/waiting-list/figures';

/**
 * /clinics/waiting-figures — the waiting list as figures, for leads as for OTs (issue 16 item 10):
 * how many wait on each pathway and tier, for how long, and how many under 18 weeks, with each
 * figure's definition, the small-number rule when it applied, and the same table as CSV.
 */
export function WaitingFiguresPage() {
  const { t } = useTranslation();
  const figures = useResource<WaitingFiguresView>(PATH, ZWaitingFigures);
  if (figures.error && !figures.data) return <LoadFailure error={figures.error} />;
  return (
    <>
      <PageHeading>{t('waitingFigures.title')}</PageHeading>
      <p className="nhsuk-body">{t('waitingFigures.intro')}</p>
      {figures.data === null ? <Loading /> : <Figures view={figures.data} />}
    </>
  );
}

function Figures({ view }: { view: WaitingFiguresView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const lang = locale === 'en-GB' ? undefined : 'en';
  const shown = (n: number | null) => (n === null ? t('waitingFigures.suppressedMark') : String(n));
  const weeks = (n: number | null) =>
    n === null ? t('waitingFigures.suppressedMark') : t('waitingList.weeks', { count: n });
  const share = (n: number | null) =>
    n === null
      ? t('waitingFigures.suppressedMark')
      : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(n);
  const label = (row: WaitingFigureRow) =>
    row.pathway === null ? t('waitingFigures.total') : t(`triage.pathway.${row.pathway}`);
  const definitions: [string, string][] = [
    [t('waitingFigures.columns.waiting'), view.definitions.waiting],
    [t('waitingFigures.columns.weeks'), view.definitions.weeks],
    [t('waitingFigures.columns.within'), view.definitions.withinEighteenWeeks],
    [t('waitingFigures.source'), view.definitions.source],
  ];
  return (
    <>
      <Table
        id="waiting-figures"
        caption={t('waitingFigures.caption', { date: formatDay(view.today, locale, 'long') })}
        captionSize="m"
        columns={[
          t('waitingFigures.columns.pathway'),
          t('waitingFigures.columns.tier'),
          t('waitingFigures.columns.waiting'),
          t('waitingFigures.columns.median'),
          t('waitingFigures.columns.longest'),
          t('waitingFigures.columns.within'),
        ]}
      >
        {view.rows.map((row) => (
          <tr className="nhsuk-table__row" key={`${row.pathway ?? 'all'}-${row.tier ?? 'all'}`}>
            <th className="nhsuk-table__header" scope="row">
              {label(row)}
            </th>
            <td className="nhsuk-table__cell">
              {row.tier === null ? t('waitingFigures.allTiers') : t(`triage.tier.${row.tier}`)}
            </td>
            <td className="nhsuk-table__cell">{shown(row.waiting)}</td>
            <td className="nhsuk-table__cell">{weeks(row.medianWeeks)}</td>
            <td className="nhsuk-table__cell">{weeks(row.longestWeeks)}</td>
            <td className="nhsuk-table__cell">{share(row.withinEighteenWeeksShare)}</td>
          </tr>
        ))}
      </Table>
      <p className="nhsuk-body">
        <a href={`${PATH}?format=csv`} download>
          {t('waitingFigures.download')}
        </a>
      </p>
      {view.disclosure !== null && (
        <InsetText id="waiting-figures-disclosure">
          <p>{t('waitingFigures.disclosure')}</p>
          <p>
            {t('capacity.disclosure.rule')} <span lang={lang}>{view.disclosure.rule}</span>
          </p>
        </InsetText>
      )}
      <section aria-labelledby="waiting-figures-definitions-title">
        <h2 className="nhsuk-heading-m" id="waiting-figures-definitions-title">
          {t('waitingFigures.definitionsTitle')}
        </h2>
        <dl className="nhsuk-summary-list">
          {definitions.map(([term, definition]) => (
            <div className="nhsuk-summary-list__row" key={term}>
              <dt className="nhsuk-summary-list__key">{term}</dt>
              <dd className="nhsuk-summary-list__value" lang={lang}>
                {definition}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
