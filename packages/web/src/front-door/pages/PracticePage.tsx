import { QUESTION_SET_V1, questionFor } from '@everyday/core';
import { ZFrontDoor } from '@everyday/core';
import { Loading } from '../../components/Loading.js';
import { useResource } from '../../hooks/use-resource.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { Radios } from '../../components/Radios.js';
import { useLocalise } from '../../localise.js';
import { useQuestion } from '../use-question.js';

export function PracticePage() {
  const q = useQuestion('practice');
  const l = useLocalise();
  const frontDoor = useResource('/api/front-door', ZFrontDoor);
  const question = l(questionFor(QUESTION_SET_V1.questions.practice, q.answers.for).heading);
  if (frontDoor.status !== 'loaded') {
    return (
      <QuestionForm q={q} title={question} heading problems={[]} onContinue={frontDoor.reload}>
        {frontDoor.status === 'loading' ? (
          <Loading />
        ) : (
          <p className="nhsuk-body">{q.t('referral.practice.loadFailed')}</p>
        )}
      </QuestionForm>
    );
  }
  const practices = frontDoor.data.practices;
  return (
    <QuestionForm q={q} title={question}>
      <Radios
        id="practice"
        heading
        legend={question}
        hint={q.own('referral.practice.hint')}
        items={practices.map((practice) => ({
          value: practice.id,
          label: practice.name,
          hint: practice.postcode ?? undefined,
        }))}
        value={q.answers.practiceId}
        onChange={(practiceId) => {
          const practice = practices.find((p) => p.id === practiceId);
          q.set({ practiceId, practiceName: practice?.name ?? '' });
        }}
        error={q.fieldError('practice')}
      />
      {practices.length === 0 && <p className="nhsuk-body">{q.t('referral.practice.none')}</p>}
    </QuestionForm>
  );
}
