import { useTranslation } from 'react-i18next';
import { useRecordFormat } from '../format.js';
import { useInstrumentLabels } from '../labels.js';
import type { RecordEntryDto } from '../types.js';
import { entriesOfKind } from '../types.js';

/** Questionnaires the person completed (from a link) or staff entered for them, with their scores. */
export function QuestionnaireEntries({ entries }: { entries: readonly RecordEntryDto[] }) {
  const { t } = useTranslation();
  const labels = useInstrumentLabels();
  const format = useRecordFormat();
  const questionnaires = entriesOfKind(entries, 'questionnaire').sort((a, b) =>
    b.data.completedOn.localeCompare(a.data.completedOn),
  );
  const scoreText = (entry: RecordEntryDto<'questionnaire'>): string | null => {
    const s = entry.scores;
    if (s.phq9) return `${s.phq9.total} — ${labels.phq9(s.phq9.severity)}`;
    if (s.gad7) return `${s.gad7.total} — ${labels.gad7(s.gad7.severity)}`;
    if (s.workAbility) return `${s.workAbility.score} — ${labels.workAbility(s.workAbility.band)}`;
    if (s.eq5d5l) {
      const index = s.eq5d5l.index;
      return index
        ? `${index.value.toFixed(3)} — ${labels.valueSet(index.valueSet)}`
        : t('record.scores.eq5dState', { state: s.eq5d5l.state });
    }
    return null;
  };
  return (
    <>
      <h3 className="nhsuk-heading-m">{t('record.plan.questionnaires')}</h3>
      {questionnaires.length === 0 ? (
        <p className="nhsuk-body">{t('record.plan.noQuestionnaires')}</p>
      ) : (
        <ul className="nhsuk-list" id="questionnaire-entries">
          {questionnaires.map((entry) => {
            const score = scoreText(entry);
            return (
              <li key={entry.id} className="nhsuk-u-margin-bottom-3">
                <strong>{labels.questionnaire(entry.data.kind)}</strong>
                {', '}
                {t(`record.questionnaires.source.${entry.data.source}`, {
                  date: format.day(entry.data.completedOn),
                  language: t(`record.languages.${entry.data.language}`),
                })}
                {score && (
                  <>
                    <br />
                    {score}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
