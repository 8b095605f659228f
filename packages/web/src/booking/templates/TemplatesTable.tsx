import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Table } from '../../components/Table.js';
import { Tag } from '../../components/Tag.js';
import { formatDay, useLocale } from '../format.js';
import type { ClinicTemplate } from '../clinic-types.js';
import { weekdayName } from '../dates.js';

interface TemplatesTableProps {
  templates: readonly ClinicTemplate[];
  showOt: boolean;
  onStop: (template: ClinicTemplate) => void;
}

function Heading({ children }: { children: string }) {
  return (
    <span className="nhsuk-table__heading" aria-hidden="true">
      {children}{' '}
    </span>
  );
}

/** One row per clinic template: when, where and how it runs, and what can be done with it. */
export function TemplatesTable({ templates, showOt, onStop }: TemplatesTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns = [
    t('clinics.list.columns.clinic'),
    ...(showOt ? [t('clinics.list.columns.ot')] : []),
    t('clinics.list.columns.when'),
    t('clinics.list.columns.how'),
    t('clinics.list.columns.dates'),
    { label: t('clinics.list.columns.actions'), hidden: true },
  ];
  return (
    <Table
      id="clinic-templates"
      caption={t('clinics.list.caption')}
      captionSize="m"
      columns={columns}
      responsive
    >
      {templates.map((tpl) => (
        <tr className="nhsuk-table__row" key={tpl.id}>
          <th className="nhsuk-table__header" scope="row">
            <Heading>{t('clinics.list.columns.clinic')}</Heading>
            {tpl.name}
            <br />
            <span className="nhsuk-body-s">{tpl.siteName}</span>{' '}
            {!tpl.active && <Tag colour="grey">{t('clinics.list.stopped')}</Tag>}
          </th>
          {showOt && (
            <td className="nhsuk-table__cell">
              <Heading>{t('clinics.list.columns.ot')}</Heading>
              {tpl.otName}
            </td>
          )}
          <td className="nhsuk-table__cell">
            <Heading>{t('clinics.list.columns.when')}</Heading>
            {tpl.weekdays.map((day) => weekdayName(day, locale)).join(', ')}
            <br />
            {t('clinics.list.times', {
              start: tpl.startTime,
              end: tpl.endTime,
              minutes: tpl.slotMinutes,
            })}
          </td>
          <td className="nhsuk-table__cell">
            <Heading>{t('clinics.list.columns.how')}</Heading>
            {t(`booking.mode.${tpl.mode}`)}
            {tpl.mode === 'group' && ` (${t('clinics.list.places', { count: tpl.capacity })})`}
            {tpl.pathway && (
              <>
                <br />
                {t(`triage.pathway.${tpl.pathway}`)}
              </>
            )}
          </td>
          <td className="nhsuk-table__cell">
            <Heading>{t('clinics.list.columns.dates')}</Heading>
            {tpl.validUntil
              ? t('clinics.list.fromUntil', {
                  from: formatDay(tpl.validFrom, locale, 'long'),
                  until: formatDay(tpl.validUntil, locale, 'long'),
                })
              : t('clinics.list.from', { from: formatDay(tpl.validFrom, locale, 'long') })}
          </td>
          <td className="nhsuk-table__cell">
            <Heading>{t('clinics.list.columns.actions')}</Heading>
            {tpl.active && (
              <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                <li>
                  <Link to={`/clinics/templates/${encodeURIComponent(tpl.id)}`}>
                    {t('clinics.list.change')}
                    <span className="nhsuk-u-visually-hidden"> {tpl.name}</span>
                  </Link>
                </li>
                <li>
                  <Link to={`/clinics/templates/${encodeURIComponent(tpl.id)}/day`}>
                    {t('clinics.list.changeDay')}
                    <span className="nhsuk-u-visually-hidden"> ({tpl.name})</span>
                  </Link>
                </li>
                <li>
                  <button
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                    type="button"
                    onClick={() => {
                      onStop(tpl);
                    }}
                  >
                    {t('clinics.list.stop')}
                    <span className="nhsuk-u-visually-hidden"> {tpl.name}</span>
                  </button>
                </li>
              </ul>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
