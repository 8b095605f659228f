import { AREAS, QUESTION_SET_V1 as questions, fallsQuestionApplies } from '@everyday/core';
import type { Duration, FallsInLastYear, Impact, WorkStatus } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Checkboxes } from '../../components/Checkboxes.js';
import { Radios } from '../../components/Radios.js';
import { TextArea } from '../../components/TextArea.js';
import { localisedOptions, useLocalise } from '../../localise.js';
import { ENTRY_FIELD_IDS as ids } from './entry-fields.js';
import type { SectionProps } from './section-props.js';

/** Which parts of everyday life are hard, since when, how much, and what they hope for. */
export function NeedsSection({ values, update, errors }: SectionProps) {
  const { t } = useTranslation();
  const l = useLocalise();
  const q = questions.questions;
  const falls = (
    <Radios
      id={ids.fallsInLastYear}
      name="fallsInLastYear"
      legend={l(q.fallsInLastYear.heading)}
      items={localisedOptions(l, questions.fallsInLastYear)}
      value={values.fallsInLastYear}
      onChange={(value) => {
        update({ fallsInLastYear: value as FallsInLastYear });
      }}
      error={errors.fallsInLastYear}
      small
    />
  );
  const work = (
    <Radios
      id={ids.workStatus}
      name="workStatus"
      legend={l(q.workStatus.heading)}
      items={localisedOptions(l, questions.workStatuses)}
      value={values.workStatus}
      onChange={(value) => {
        update({ workStatus: value as WorkStatus });
      }}
      error={errors.workStatus}
      small
    />
  );
  return (
    <section aria-labelledby="needs-heading">
      <h2 className="nhsuk-heading-m" id="needs-heading">
        {t('staffEntry.needs.title')}
      </h2>
      <Checkboxes
        id={ids.areas}
        name="areas"
        legend={l(q.areas.heading)}
        hint={q.areas.hint && l(q.areas.hint)}
        items={localisedOptions(l, questions.areas).map((area) => ({
          ...area,
          conditional: fallsQuestionApplies([area.value])
            ? falls
            : area.value === 'work'
              ? work
              : undefined,
        }))}
        selected={values.areas}
        onChange={(selected) => {
          update({ areas: AREAS.filter((area) => selected.includes(area)) });
        }}
        error={errors.areas}
      />
      <TextArea
        id={ids.difficulties}
        label={l(q.difficulties.heading)}
        hint={q.difficulties.hint && l(q.difficulties.hint)}
        value={values.difficulties}
        onChange={(difficulties) => {
          update({ difficulties });
        }}
        error={errors.difficulties}
        labelSize="s"
      />
      <Radios
        id={ids.since}
        name="since"
        legend={l(q.since.heading)}
        items={localisedOptions(l, questions.durations)}
        value={values.since}
        onChange={(since) => {
          update({ since: since as Duration });
        }}
        error={errors.since}
      />
      <Radios
        id={ids.impact}
        name="impact"
        legend={l(q.impact.heading)}
        items={localisedOptions(l, questions.impacts)}
        value={values.impact}
        onChange={(impact) => {
          update({ impact: impact as Impact });
        }}
        error={errors.impact}
      />
      <TextArea
        id={ids.goals}
        label={l(q.goals.heading)}
        hint={q.goals.hint && l(q.goals.hint)}
        value={values.goals}
        onChange={(goals) => {
          update({ goals });
        }}
        error={errors.goals}
        labelSize="s"
      />
    </section>
  );
}
