import { Checkboxes } from '../../components/Checkboxes.js';
import { TextInput } from '../../components/TextInput.js';
import { QuestionForm } from '../components/QuestionForm.js';
import { useQuestion } from '../use-question.js';

/** For someone asking on another's behalf: their agreement, and who is asking. */
export function AboutYouPage() {
  const q = useQuestion('about-you');
  const title = q.t('referral.aboutYou.title');
  return (
    <QuestionForm q={q} title={title} heading>
      <Checkboxes
        id="person-agreed"
        legendSize="m"
        legend={q.t('referral.aboutYou.agreementLegend')}
        items={[{ value: 'yes', label: q.t('referral.aboutYou.agreed') }]}
        selected={q.answers.personAgreed ? ['yes'] : []}
        onChange={(selected) => {
          q.set({ personAgreed: selected.includes('yes') });
        }}
        error={q.fieldError('person-agreed')}
      />
      <TextInput
        id="referrer-name"
        label={q.t('referral.aboutYou.name')}
        autoComplete="name"
        value={q.answers.referrerName}
        onChange={(referrerName) => {
          q.set({ referrerName });
        }}
        error={q.fieldError('referrer-name')}
        width={30}
      />
      <TextInput
        id="referrer-relationship"
        label={q.t('referral.aboutYou.relationship')}
        hint={q.t('referral.aboutYou.relationshipHint')}
        autoComplete="off"
        value={q.answers.referrerRelationship}
        onChange={(referrerRelationship) => {
          q.set({ referrerRelationship });
        }}
        error={q.fieldError('referrer-relationship')}
        width={20}
      />
      <TextInput
        id="referrer-phone"
        label={q.t('referral.aboutYou.phone')}
        hint={q.t('referral.aboutYou.phoneHint')}
        type="tel"
        autoComplete="tel"
        value={q.answers.referrerPhone}
        onChange={(referrerPhone) => {
          q.set({ referrerPhone });
        }}
        error={q.fieldError('referrer-phone')}
        width={20}
      />
    </QuestionForm>
  );
}
