import type { SubmitEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { isCalendarDate } from '@everyday/core';
import type { FieldError } from '../api-types.js';
import { fieldProblems } from '../booking/form-errors.js';
import { useResource } from '../hooks/use-resource.js';
import { datePartsToIso, isoToDateParts } from '../booking/dates.js';
import type { DateParts } from '../components/DateInput.js';
import { DateInput } from '../components/DateInput.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { Table } from '../components/Table.js';
import type { FormErrors } from '../form-errors.js';
import { noErrors } from '../form-errors.js';
import { formatDateOnly, formatDateTime } from '../triage/localise.js';
import {
  acknowledgedByName,
  crisisLogPath,
  logEntries,
  minutesOf,
  summariseLog,
} from './crisis-log.js';
import type { CrisisLog } from './crisis-types.js';
import { practiceName } from './crisis-types.js';

const IDS = { from: 'log-from', to: 'log-to' };

/** The period in the address (?from=&to=), when both are dates. */
function periodOf(params: URLSearchParams): { from: string; to: string } | null {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return isCalendarDate(from) && isCalendarDate(to) ? { from, to } : null;
}

/**
 * /crisis/log (lead or admin) — every crisis or safeguarding request of a period: who acknowledged it, the
 * outcome, how long it took and whether it was escalated, with how the figures are worked out and
 * the same as a CSV.
 */
export function CrisisLogPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const [params, setParams] = useSearchParams();
  const asked = periodOf(params);
  const log = useResource<CrisisLog>(crisisLogPath(asked));
  const shown =
    asked ?? (log.data?.from && log.data.to ? { from: log.data.from, to: log.data.to } : null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [start, setStart] = useState<DateParts | null>(null);
  const [end, setEnd] = useState<DateParts | null>(null);
  const startParts = start ?? isoToDateParts(shown?.from);
  const endParts = end ?? isoToDateParts(shown?.to);

  if (log.error && !log.data) return <LoadFailure error={log.error} />;

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const from = datePartsToIso(startParts);
    const to = datePartsToIso(endParts);
    const problems: FieldError[] = [];
    if (!from.ok) problems.push({ path: 'from', code: from.code, message: from.code });
    if (!to.ok) problems.push({ path: 'to', code: to.code, message: to.code });
    if (from.ok && to.ok && to.iso < from.iso)
      problems.push({ path: 'to', code: 'before_start', message: 'before_start' });
    if (problems.length > 0 || !from.ok || !to.ok) {
      setErrors(fieldProblems(t, 'crisis.log.errors', problems, IDS));
      return;
    }
    setErrors(noErrors);
    setParams({ from: from.iso, to: to.iso });
  };

  const entries = logEntries(log.data);
  const summary = summariseLog(entries);
  const range = shown
    ? t('crisis.log.range', {
        from: formatDateOnly(shown.from, language),
        to: formatDateOnly(shown.to, language),
      })
    : '';
  const none = t('crisis.log.none');
  const minutes = (value: number | null) =>
    value === null ? none : t('crisis.log.minutes', { count: Math.round(value) });

  return (
    <>
      <ErrorSummary items={errors.summary} />
      <PageHeading>{t('crisis.log.title')}</PageHeading>
      <p className="nhsuk-body">{t('crisis.log.intro')}</p>
      <form noValidate onSubmit={submit} aria-labelledby="log-period-title">
        <h2 className="nhsuk-heading-m" id="log-period-title">
          {t('crisis.log.period')}
        </h2>
        <DateInput
          id={IDS.from}
          legend={t('crisis.log.from')}
          value={startParts}
          onChange={setStart}
          error={errors.fields.from}
        />
        <DateInput
          id={IDS.to}
          legend={t('crisis.log.to')}
          value={endParts}
          onChange={setEnd}
          error={errors.fields.to}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit" id="log-show">
          {t('crisis.log.show')}
        </button>
      </form>
      {log.data === null ? (
        <Loading />
      ) : (
        <>
          <h2 className="nhsuk-heading-m">{t('crisis.log.summaryTitle')}</h2>
          <dl className="nhsuk-summary-list" id="crisis-log-summary">
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('crisis.log.count')}</dt>
              <dd className="nhsuk-summary-list__value" id="log-count">
                {summary.count}
              </dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('crisis.log.acknowledgedCount')}</dt>
              <dd className="nhsuk-summary-list__value">{summary.acknowledged}</dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('crisis.log.escalatedCount')}</dt>
              <dd className="nhsuk-summary-list__value">{summary.escalated}</dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('crisis.log.medianWorking')}</dt>
              <dd className="nhsuk-summary-list__value">{minutes(summary.medianWorking)}</dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t('crisis.log.medianWallClock')}</dt>
              <dd className="nhsuk-summary-list__value">{minutes(summary.medianWallClock)}</dd>
            </div>
          </dl>
          {entries.length === 0 ? (
            <p className="nhsuk-body" id="crisis-log-empty">
              {t('crisis.log.empty', { range })}
            </p>
          ) : (
            <Table
              id="crisis-log"
              caption={t('crisis.log.caption', { range })}
              responsive
              columns={[
                t('crisis.log.columns.reference'),
                t('crisis.log.columns.practice'),
                t('crisis.log.columns.received'),
                t('crisis.log.columns.kind'),
                t('crisis.log.columns.acknowledged'),
                t('crisis.log.columns.outcome'),
                t('crisis.log.columns.working'),
                t('crisis.log.columns.wallClock'),
                t('crisis.log.columns.escalated'),
              ]}
            >
              {entries.map((entry) => {
                const m = minutesOf(entry);
                const by = acknowledgedByName(entry);
                const cells: [string, ReactNode][] = [
                  [
                    'reference',
                    entry.id ? (
                      <Link to={`/requests/${encodeURIComponent(entry.id)}`}>
                        {entry.reference}
                      </Link>
                    ) : (
                      entry.reference
                    ),
                  ],
                  ['practice', practiceName(entry.practice)],
                  ['received', formatDateTime(entry.receivedAt, language)],
                  ['kind', t(`crisis.log.kinds.${entry.kind}`)],
                  [
                    'acknowledged',
                    entry.acknowledgedAt === null
                      ? t('crisis.log.notAcknowledged')
                      : by === ''
                        ? formatDateTime(entry.acknowledgedAt, language)
                        : t('crisis.log.acknowledgedAtBy', {
                            at: formatDateTime(entry.acknowledgedAt, language),
                            by,
                          }),
                  ],
                  [
                    'outcome',
                    entry.outcome === null ? none : t(`crisis.outcomes.${entry.outcome}`),
                  ],
                  ['working', m === null ? none : t('crisis.log.minutes', { count: m.working })],
                  [
                    'wallClock',
                    m === null ? none : t('crisis.log.minutes', { count: m.wallClock }),
                  ],
                  [
                    'escalated',
                    entry.escalatedAt === null ? none : formatDateTime(entry.escalatedAt, language),
                  ],
                ];
                return (
                  <tr className="nhsuk-table__row" key={entry.id ?? entry.reference}>
                    {cells.map(([column, value]) => (
                      <td className="nhsuk-table__cell" key={column}>
                        <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                          {t(`crisis.log.columns.${column}`)}{' '}
                        </span>
                        {value}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </Table>
          )}
          <p className="nhsuk-body">
            <a href={crisisLogPath(shown, 'csv')} download id="crisis-log-csv">
              {t('crisis.log.download')}
            </a>
          </p>
        </>
      )}
      <details className="nhsuk-details" id="crisis-log-definitions">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">{t('crisis.log.definitions.title')}</span>
        </summary>
        <div className="nhsuk-details__text">
          <dl className="nhsuk-summary-list">
            {(
              [
                'received',
                'kind',
                'acknowledged',
                'outcome',
                'working',
                'wallClock',
                'escalated',
                'median',
              ] as const
            ).map((key) => (
              <div className="nhsuk-summary-list__row" key={key}>
                <dt className="nhsuk-summary-list__key">
                  {t(`crisis.log.definitions.${key}.term`)}
                </dt>
                <dd className="nhsuk-summary-list__value">
                  {t(`crisis.log.definitions.${key}.text`)}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </details>
    </>
  );
}
