// The single-choice questions: falls in the last year, work, since when, how much it affects them.
import type { Option, Question } from '@everyday/core';
import { optionLabelFor, QUESTION_SET_V1, questionFor } from '@everyday/core';
import type { DraftAnswers } from '../draft.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { Radios } from '../../components/Radios.js';
import { localisedOptions, useLocalise } from '../../localise.js';
import type { StepId } from '../steps.js';
import { useQuestion } from '../use-question.js';

interface ChoicePageProps<T extends string> {
  step: StepId;
  /** The fieldset's id, as problems name it. */
  id: string;
  question: Question;
  options: readonly Option<T>[];
  answer: (answers: DraftAnswers) => string;
  choose: (value: T) => Partial<DraftAnswers>;
}

function ChoicePage<T extends string>(props: ChoicePageProps<T>) {
  const { step, id, question, options, answer, choose } = props;
  const q = useQuestion(step);
  const l = useLocalise();
  const text = questionFor(question, q.answers.for);
  const heading = l(text.heading);
  return (
    <QuestionForm q={q} title={heading}>
      <Radios
        id={id}
        heading
        legend={heading}
        hint={text.hint ? l(text.hint) : undefined}
        items={localisedOptions(
          l,
          options.map((o) => ({ ...o, label: optionLabelFor(o, q.answers.for) })),
        )}
        value={answer(q.answers)}
        onChange={(value) => {
          const option = options.find((o) => o.value === value);
          if (option) q.set(choose(option.value));
        }}
        error={q.fieldError(id)}
      />
    </QuestionForm>
  );
}

const { questions } = QUESTION_SET_V1;

export function FallsPage() {
  return (
    <ChoicePage
      step="falls"
      id="falls"
      answer={(a) => a.fallsInLastYear}
      choose={(fallsInLastYear) => ({ fallsInLastYear })}
      question={questions.fallsInLastYear}
      options={QUESTION_SET_V1.fallsInLastYear}
    />
  );
}

export function WorkPage() {
  return (
    <ChoicePage
      step="work"
      id="work-status"
      answer={(a) => a.workStatus}
      choose={(workStatus) => ({ workStatus })}
      question={questions.workStatus}
      options={QUESTION_SET_V1.workStatuses}
    />
  );
}

export function SincePage() {
  return (
    <ChoicePage
      step="since"
      id="since"
      answer={(a) => a.since}
      choose={(since) => ({ since })}
      question={questions.since}
      options={QUESTION_SET_V1.durations}
    />
  );
}

export function ImpactPage() {
  return (
    <ChoicePage
      step="impact"
      id="impact"
      answer={(a) => a.impact}
      choose={(impact) => ({ impact })}
      question={questions.impact}
      options={QUESTION_SET_V1.impacts}
    />
  );
}
