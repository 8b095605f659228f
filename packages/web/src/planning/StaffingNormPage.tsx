import { ZStaffingNorm, type StaffingNorm, type StaffingNormFiguresBody } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useLocale } from '../booking/format.js';
import { InsetText } from '../components/InsetText.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { Table } from '../components/Table.js';
import { formatDay } from '../dates/format-date.js';
import { useResource } from '../hooks/use-resource.js';

const COLUMNS = ['population', 'delivered', 'needed', 'gapSessions', 'gapWte'] as const;

/**
 * /planning/norm — the staffing norm for leads and administrators (issue 13 item 2): the service,
 * each PCN and each practice against one OT session a week per 5,000 registered population (or
 * the norm given in the address), with the definition and source of every column.
 */
export function StaffingNormPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const asked = params.get('populationPerSession');
  const query = asked === null ? '' : `?populationPerSession=${encodeURIComponent(asked)}`;
  const norm = useResource(`/api/planning/staffing-norm${query}`, ZStaffingNorm);
  return (
    <>
      <PageHeading>{t('planning.norm.title')}</PageHeading>
      <p className="nhsuk-body">{t('planning.norm.intro')}</p>
      <p className="nhsuk-body">
        <Link to="/planning/staff">{t('planning.backToRegister')}</Link>
      </p>
      {norm.status === 'failed' ? (
        <LoadFailure error={norm.error} />
      ) : norm.data === null ? (
        <Loading />
      ) : (
        <NormReport report={norm.data} query={query} />
      )}
    </>
  );
}

function useFigure() {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(useLocale(), { maximumFractionDigits: 2 });
  return (value: number | null) =>
    value === null ? t('planning.norm.unknown') : number.format(value);
}

function FigureCells({ figures }: { figures: StaffingNormFiguresBody }) {
  const show = useFigure();
  return (
    <>
      <td className="nhsuk-table__cell">{show(figures.listSize)}</td>
      <td className="nhsuk-table__cell">{show(figures.sessionsDelivered)}</td>
      <td className="nhsuk-table__cell">{show(figures.sessionsNeeded)}</td>
      <td className="nhsuk-table__cell">{show(figures.gapSessions)}</td>
      <td className="nhsuk-table__cell">{show(figures.gapWte)}</td>
    </>
  );
}

function NormReport({ report, query }: { report: StaffingNorm; query: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const show = useFigure();
  const { norm } = report;
  const columns = (first: string) => [
    first,
    ...COLUMNS.map((c) => t(`planning.norm.columns.${c}`)),
  ];
  const service = report.service;
  return (
    <>
      <InsetText id="norm-source">
        <p>
          {t('planning.norm.normUsed', { population: show(norm.populationPerSession) })}{' '}
          {norm.isDefault
            ? t('planning.norm.isDefault')
            : t('planning.norm.notDefault', { population: show(norm.defaultPopulationPerSession) })}
        </p>
        <blockquote className="nhsuk-u-margin-bottom-2">
          <p lang="en">“{norm.quote}”</p>
        </blockquote>
        <p>{t('planning.norm.source', { citation: norm.citation })}</p>
        <p>{t('planning.norm.wteAssumption', { sessions: show(norm.sessionsPerWte) })}</p>
      </InsetText>

      <form method="get" action="/planning/norm" className="nhsuk-u-margin-bottom-5">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="populationPerSession">
            {t('planning.norm.form.label')}
          </label>
          <div className="nhsuk-hint" id="populationPerSession-hint">
            {t('planning.norm.form.hint', { population: show(norm.defaultPopulationPerSession) })}
          </div>
          <input
            className="nhsuk-input nhsuk-input--width-10"
            id="populationPerSession"
            name="populationPerSession"
            type="number"
            inputMode="numeric"
            min={500}
            max={50000}
            step={1}
            defaultValue={norm.populationPerSession}
            aria-describedby="populationPerSession-hint"
          />
        </div>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          {t('planning.norm.form.submit')}
        </button>
      </form>

      <Table
        id="norm-service"
        caption={t('planning.norm.serviceCaption', {
          date: formatDay(report.today, locale, 'long'),
        })}
        captionSize="m"
        columns={columns(t('planning.norm.columns.organisation'))}
      >
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="row">
            {report.serviceName ?? t('planning.norm.yourOrganisations')}
          </th>
          <FigureCells figures={service} />
        </tr>
      </Table>
      <p className="nhsuk-body" id="norm-coverage">
        {t('planning.norm.coverage', {
          meeting: service.practicesMeetingNorm,
          withSessions: service.practicesWithSessions,
          count: service.practices,
        })}
      </p>
      {service.unknownListSize > 0 && (
        <p className="nhsuk-body">
          {t('planning.norm.unknownNote', { count: service.unknownListSize })}
        </p>
      )}
      {report.sessionsNotAtPractice > 0 && (
        <p className="nhsuk-body">
          {t('planning.norm.notAtPractice', { sessions: show(report.sessionsNotAtPractice) })}
        </p>
      )}

      <Table
        id="norm-pcns"
        caption={t('planning.norm.pcnCaption')}
        captionSize="m"
        columns={columns(t('planning.norm.columns.pcn'))}
      >
        {report.pcns.map((pcn) => (
          <tr className="nhsuk-table__row" key={pcn.pcnId ?? 'none'}>
            <th className="nhsuk-table__header" scope="row">
              {pcn.pcnName ?? t('planning.norm.noPcn')}
            </th>
            <FigureCells figures={pcn.totals} />
          </tr>
        ))}
      </Table>

      <h2>{t('planning.norm.practicesTitle')}</h2>
      {report.pcns.length === 0 && <p className="nhsuk-body">{t('planning.norm.empty')}</p>}
      {report.pcns.map((pcn) => {
        const name = pcn.pcnName ?? t('planning.norm.noPcn');
        return (
          <Table
            key={pcn.pcnId ?? 'none'}
            id={`norm-pcn-${pcn.pcnId ?? 'none'}`}
            caption={t('planning.norm.practiceCaption', { pcn: name })}
            columns={columns(t('planning.norm.columns.practice'))}
          >
            {pcn.practices.map((p) => (
              <tr
                className="nhsuk-table__row"
                key={p.organisationId}
                data-practice-id={p.organisationId}
              >
                <th className="nhsuk-table__header" scope="row">
                  {p.name}
                </th>
                <FigureCells figures={p} />
              </tr>
            ))}
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="row">
                {t('planning.norm.total', { pcn: name })}
              </th>
              <FigureCells figures={pcn.totals} />
            </tr>
          </Table>
        );
      })}

      <p className="nhsuk-body">
        <a href={`/api/planning/staffing-norm.csv${query}`} download id="norm-csv">
          {t('planning.norm.csv')}
        </a>
      </p>

      <h2 id="norm-definitions">{t('planning.norm.definitionsTitle')}</h2>
      <dl className="nhsuk-summary-list" aria-labelledby="norm-definitions">
        {COLUMNS.map((c) => (
          <div className="nhsuk-summary-list__row" key={c}>
            <dt className="nhsuk-summary-list__key">{t(`planning.norm.columns.${c}`)}</dt>
            <dd className="nhsuk-summary-list__value">
              {t(`planning.norm.definitions.${c}`, {
                population: show(norm.populationPerSession),
                sessions: show(norm.sessionsPerWte),
              })}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
