import type { ScenarioResponse } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/format.js';
import { Table } from '../components/Table.js';
import { changeText, targetText } from './planning-view.js';

interface ScenarioListProps {
  scenarios: readonly ScenarioResponse[];
  practiceName: (id: string) => string | undefined;
  /** The scenario being deleted, whose button waits. */
  busyId: string | null;
  onChange: (scenario: ScenarioResponse) => void;
  onDelete: (scenario: ScenarioResponse) => void;
}

/** The lead's saved scenarios: each one's changes and target in words, to change or delete. */
export function ScenarioList({
  scenarios,
  practiceName,
  busyId,
  onChange,
  onDelete,
}: ScenarioListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (scenarios.length === 0)
    return (
      <p className="nhsuk-body" id="scenarios-empty">
        {t('planning.scenarios.empty')}
      </p>
    );
  return (
    <Table
      id="scenario-list"
      caption={t('planning.scenarios.caption')}
      columns={[
        t('planning.scenarios.columns.name'),
        t('planning.scenarios.columns.changes'),
        t('planning.scenarios.columns.target'),
        t('planning.scenarios.columns.projection'),
        { label: t('planning.scenarios.columns.actions'), hidden: true },
      ]}
    >
      {scenarios.map((s) => (
        <tr className="nhsuk-table__row" key={s.id} data-scenario-id={s.id}>
          <th className="nhsuk-table__header" scope="row">
            {s.name}
          </th>
          <td className="nhsuk-table__cell">
            {s.changes.length === 0 ? (
              t('planning.scenarios.noChanges')
            ) : (
              <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                {s.changes.map((change, i) => (
                  <li key={`${String(i)}-${change.kind}`}>
                    {changeText(change, locale, t, practiceName)}
                  </li>
                ))}
              </ul>
            )}
          </td>
          <td className="nhsuk-table__cell">{targetText(s.target, locale, t)}</td>
          <td className="nhsuk-table__cell">
            {s.latestProjectionId === null
              ? t('planning.scenarios.notRun')
              : t('planning.scenarios.run')}
          </td>
          <td className="nhsuk-table__cell">
            <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => {
                  onChange(s);
                }}
              >
                {t('planning.scenarios.change')}
                <span className="nhsuk-u-visually-hidden"> {s.name}</span>
              </button>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--warning nhsuk-button--small"
                disabled={busyId === s.id}
                onClick={() => {
                  onDelete(s);
                }}
              >
                {t('planning.scenarios.delete')}
                <span className="nhsuk-u-visually-hidden"> {s.name}</span>
              </button>
            </div>
          </td>
        </tr>
      ))}
    </Table>
  );
}
