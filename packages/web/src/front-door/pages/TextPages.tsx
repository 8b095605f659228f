// The questions answered in their own words: what is hard, and what they hope to achieve.
import type { Question } from '@everyday/core';
import { QUESTION_SET_V1, questionFor } from '@everyday/core';
import { QuestionForm } from '../components/QuestionForm.js';
import { TextArea } from '../../components/TextArea.js';
import { useLocalise } from '../../localise.js';
import type { StepId } from '../steps.js';
import { useQuestion } from '../use-question.js';

interface TextPageProps {
  step: StepId & ('difficulties' | 'goals');
  question: Question;
}

function TextPage({ step, question }: TextPageProps) {
  const q = useQuestion(step);
  const l = useLocalise();
  const text = questionFor(question, q.answers.for);
  const heading = l(text.heading);
  return (
    <QuestionForm q={q} title={heading}>
      <TextArea
        id={step}
        heading
        label={heading}
        hint={text.hint ? l(text.hint) : undefined}
        value={q.answers[step]}
        onChange={(value) => {
          q.set(step === 'goals' ? { goals: value } : { difficulties: value });
        }}
        error={q.fieldError(step)}
        rows={6}
      />
    </QuestionForm>
  );
}

export function DifficultiesPage() {
  return <TextPage step="difficulties" question={QUESTION_SET_V1.questions.difficulties} />;
}

export function GoalsPage() {
  return <TextPage step="goals" question={QUESTION_SET_V1.questions.goals} />;
}
