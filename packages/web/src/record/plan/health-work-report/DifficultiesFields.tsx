import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Fieldset } from '../../../components/Fieldset.js';
import { TextArea } from '../../../components/TextArea.js';
import type { SectionProps } from '../section-props.js';
import type { ReportValues } from './report-form.js';
import { addRow, changeRow, removeRow } from './report-form.js';

const MAX_ROWS = 10;

/**
 * The person's work-relevant difficulties, each with a recommendation or goal: rows added and
 * removed with buttons. Focus goes to a new row, or to "Add" after a row is removed.
 */
export function DifficultiesFields({ values, onChange, errors }: SectionProps<ReportValues>) {
  const { t } = useTranslation();
  // The element to focus once the rows have changed on the page.
  const focusNext = useRef<string | null>(null);
  const rows = values.difficulties;

  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  return (
    <div id="difficulties">
      <p className="nhsuk-body">{t('recordPlan.report.difficultiesIntro')}</p>
      {rows.map((row, index) => {
        const number = index + 1;
        const path = `difficulties.${String(index)}`;
        return (
          <Fieldset
            key={row.key}
            id={`difficulty-row-${String(row.key)}`}
            legend={t('recordPlan.report.difficultyRow', { number })}
            invalid={Boolean(errors[`${path}.difficulty`] ?? errors[`${path}.recommendation`])}
          >
            <TextArea
              id={`difficulties-${String(index)}-difficulty`}
              label={t('recordPlan.report.difficulty')}
              value={row.difficulty}
              onChange={(difficulty) => {
                onChange({ difficulties: changeRow(rows, index, { difficulty }) });
              }}
              rows={2}
              error={errors[`${path}.difficulty`]}
            />
            <TextArea
              id={`difficulties-${String(index)}-recommendation`}
              label={t('recordPlan.report.recommendation')}
              value={row.recommendation}
              onChange={(recommendation) => {
                onChange({ difficulties: changeRow(rows, index, { recommendation }) });
              }}
              rows={2}
              error={errors[`${path}.recommendation`]}
            />
            <button
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              type="button"
              onClick={() => {
                onChange({ difficulties: removeRow(rows, index) });
                focusNext.current = 'add-difficulty';
              }}
            >
              {t('recordPlan.report.removeRow', { number })}
            </button>
          </Fieldset>
        );
      })}
      {rows.length < MAX_ROWS && (
        <button
          className="nhsuk-button nhsuk-button--secondary"
          type="button"
          id="add-difficulty"
          onClick={() => {
            onChange({ difficulties: addRow(rows) });
            focusNext.current = `difficulties-${String(rows.length)}-difficulty`;
          }}
        >
          {rows.length === 0 ? t('recordPlan.report.addFirstRow') : t('recordPlan.report.addRow')}
        </button>
      )}
    </div>
  );
}
