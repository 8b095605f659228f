import type { AssessmentData, AssessmentScores as Scores } from '@everyday/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SummaryRow } from '../../triage/components/SummaryRow.js';
import { useInstrumentLabels } from '../labels.js';

/** The scores Everyday computed for an assessment, each with its band in words. */
export function AssessmentScores({ data, scores }: { data: AssessmentData; scores: Scores }) {
  const { t } = useTranslation();
  const labels = useInstrumentLabels();
  const rows: { key: string; label: string; value: ReactNode }[] = [];
  const add = (key: string, value: ReactNode): void => {
    rows.push({ key, label: t(`record.scores.${key}`), value });
  };
  if (scores.eq5d5l) {
    const { index, vas, state, indexProblem } = scores.eq5d5l;
    add(
      'eq5d5l',
      <>
        {t('record.scores.eq5dState', { state })}
        <br />
        {index
          ? `${index.value.toFixed(3)} — ${labels.valueSet(index.valueSet)}`
          : t('record.scores.noIndex', {
              reason: t([
                `record.scores.indexProblems.${indexProblem ?? 'unknown'}`,
                'record.scores.indexProblems.unknown',
              ]),
            })}
        {vas !== null && (
          <>
            <br />
            {t('record.scores.vas', { vas })}
          </>
        )}
      </>,
    );
  }
  if (scores.copm)
    add(
      'copm',
      t('record.scores.copmValue', {
        performance: scores.copm.performance.toFixed(2),
        satisfaction: scores.copm.satisfaction.toFixed(2),
      }),
    );
  if (scores.cfs)
    add('cfs', `${scores.cfs.level} — ${labels.cfs(scores.cfs.level)} (${scores.cfs.version})`);
  if (data.falls)
    add(
      'falls',
      t('record.scores.fallsValue', {
        count: data.falls.count,
        injured: t(data.falls.injured ? 'record.yes' : 'record.no'),
        fear: t(data.falls.fearOfFalling ? 'record.yes' : 'record.no'),
      }),
    );
  if (scores.efi) add('efi', `${scores.efi.score.toFixed(4)} — ${labels.efi(scores.efi.category)}`);
  if (scores.phq9) add('phq9', `${scores.phq9.total} — ${labels.phq9(scores.phq9.severity)}`);
  if (scores.gad7) add('gad7', `${scores.gad7.total} — ${labels.gad7(scores.gad7.severity)}`);
  if (data.work) add('workStatus', labels.workStatus(data.work.status));
  if (scores.workAbility)
    add(
      'workAbility',
      `${scores.workAbility.score} — ${labels.workAbility(scores.workAbility.band)}`,
    );
  if (scores.sixCit) add('sixCit', `${scores.sixCit.total} — ${labels.sixCit(scores.sixCit.band)}`);
  if (scores.miniCog)
    add('miniCog', `${scores.miniCog.total} — ${labels.miniCog(scores.miniCog.screen)}`);
  if (data.home && data.home.hazards.length > 0)
    add('home', data.home.hazards.map((h) => t(`record.hazards.${h}`)).join(', '));
  if (data.bloodTests)
    add(
      'bloodTests',
      data.bloodTests.requested
        ? t('record.scores.requested', { which: data.bloodTests.which })
        : t('record.scores.notRequested'),
    );
  if (data.memoryClinic)
    add(
      'memoryClinic',
      t(data.memoryClinic.referred ? 'record.scores.referred' : 'record.scores.notReferred'),
    );
  if (rows.length === 0) return <p className="nhsuk-body">{t('record.scores.none')}</p>;
  return (
    <dl className="nhsuk-summary-list">
      {rows.map((row) => (
        <SummaryRow key={row.key} label={row.label}>
          {row.value}
        </SummaryRow>
      ))}
    </dl>
  );
}
