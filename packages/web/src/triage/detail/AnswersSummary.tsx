import { QUESTION_SET_V1 as questions, fallsQuestionApplies } from '@everyday/core';
import type { Option } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { MultilineText } from '../components/MultilineText.js';
import { HighlightedText } from '../../safety-net/flags/HighlightedText.js';
import { SummaryRow } from '../components/SummaryRow.js';
import type { Localise } from '../../localise.js';
import { useLocalise } from '../../localise.js';
import type { RequestDetail } from '../request-types.js';

function optionLabel<T extends string>(
  list: readonly Option<T>[],
  value: T | undefined,
  l: Localise,
): string | undefined {
  if (value === undefined) return undefined;
  const option = list.find((o) => o.value === value);
  return option ? l(option.label) : value;
}

/** Every answer given at first contact, under the wording of its question. */
export function AnswersSummary({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const l = useLocalise();
  const q = questions.questions;
  const { answers } = detail;
  const missing = t(detail.complete ? 'requestDetail.notGiven' : 'requestDetail.notYetAnswered');
  // Free text as typed, with what the safety screen matched marked (the urgent save's
  // `freeText.difficulties` is the same answer as `difficulties`).
  const screen = detail.screen.map((match) => ({
    ...match,
    field: match.field.replace(/^freeText\./, ''),
  }));
  const text = (value: string | undefined, field?: string) =>
    value === undefined || value === '' ? (
      missing
    ) : field === undefined ? (
      <MultilineText text={value} />
    ) : (
      <HighlightedText text={value} field={field} matches={screen} />
    );
  const redFlags = questions.redFlags.filter((rule) => answers.redFlags.includes(rule.id));
  const areas = questions.areas.filter((area) => answers.areas?.includes(area.value));
  return (
    <>
      <h2 className="nhsuk-heading-m" id="answers-heading">
        {t('requestDetail.answers.title')}
      </h2>
      {!detail.complete && <p className="nhsuk-body">{t('requestDetail.answers.incomplete')}</p>}
      <dl className="nhsuk-summary-list" aria-labelledby="answers-heading" id="answers">
        <SummaryRow label={l(q.redFlags.heading)}>
          {redFlags.length === 0
            ? t('requestDetail.answers.noRedFlags')
            : redFlags.map((rule) => l(rule.label)).join('; ')}
        </SummaryRow>
        <SummaryRow label={l(q.areas.heading)}>
          {areas.length === 0 ? missing : areas.map((area) => l(area.label)).join('; ')}
        </SummaryRow>
        {fallsQuestionApplies(answers.areas) && (
          <SummaryRow label={l(q.fallsInLastYear.heading)}>
            {optionLabel(questions.fallsInLastYear, answers.fallsInLastYear, l) ?? missing}
          </SummaryRow>
        )}
        {answers.areas?.includes('work') && (
          <SummaryRow label={l(q.workStatus.heading)}>
            {optionLabel(questions.workStatuses, answers.workStatus, l) ?? missing}
          </SummaryRow>
        )}
        <SummaryRow label={l(q.difficulties.heading)}>
          {text(answers.difficulties, 'difficulties')}
        </SummaryRow>
        <SummaryRow label={l(q.since.heading)}>
          {optionLabel(questions.durations, answers.since, l) ?? missing}
        </SummaryRow>
        <SummaryRow label={l(q.impact.heading)}>
          {optionLabel(questions.impacts, answers.impact, l) ?? missing}
        </SummaryRow>
        <SummaryRow label={l(q.goals.heading)}>{text(answers.goals, 'goals')}</SummaryRow>
        {answers.clinicalReason !== undefined && (
          <SummaryRow label={l(q.clinicalReason.heading)}>
            {text(answers.clinicalReason, 'clinicalReason')}
          </SummaryRow>
        )}
      </dl>
    </>
  );
}
