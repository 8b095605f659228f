import type { AdviceId } from '@everyday/core';
import { QUESTION_SET_V1 } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { CareCard } from '../../components/CareCard.js';
import { useLocalise } from '../../localise.js';
import { phoneParts } from './phone-links.js';

/** 999 and A&E are emergencies (red and black); the rest urgent (red). */
function isEmergency(advice: AdviceId): boolean {
  switch (advice) {
    case 'call_999':
    case 'mental_health_now':
    case 'safeguarding_now':
      return true;
    case 'urgent_same_day':
    case 'practice_today':
      return false;
  }
}

/** One line of advice, its phone numbers as tel: links. */
export function AdviceLine({ line }: { line: string }) {
  return (
    <p>
      {phoneParts(line).map((part, index) =>
        part.tel ? (
          <a key={index} href={`tel:${part.tel}`}>
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

interface AdviceCardProps {
  advice: AdviceId;
  saved: boolean;
  /** What "contact your GP practice today" says until the request is saved. */
  unsavedText?: string;
}

/**
 * One piece of red-flag advice from the question set, as an NHS care card. Until the request is
 * saved, "contact your practice today" does not say that it was.
 */
export function AdviceCard({ advice, saved, unsavedText }: AdviceCardProps) {
  const { t } = useTranslation();
  const l = useLocalise();
  const text = QUESTION_SET_V1.advice[advice];
  return (
    <CareCard
      kind={isEmergency(advice) ? 'emergency' : 'urgent'}
      heading={l(text.heading)}
      id={`advice-${advice}`}
    >
      {advice === 'practice_today' && !saved ? (
        <p>{unsavedText ?? t('referral.advice.practiceTodayUnsaved')}</p>
      ) : (
        text.lines.map((line) => <AdviceLine key={line.en} line={l(line)} />)
      )}
    </CareCard>
  );
}
