import { QUESTION_SET_V1 as questions, type CommunicationNeedsView } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { useLocalise } from '../localise.js';
import { Tag } from './Tag.js';

/**
 * A person's communication needs as tags (issue 16 item 6): "Large print", "Interpreter: Polish",
 * "Write in Welsh" and the rest, wherever the person is seen (the episode, the waiting list, the
 * diary, the booking page). Nothing is shown when there is nothing to tell.
 */
export function CommunicationNeeds({
  needs,
  id,
}: {
  needs: CommunicationNeedsView | undefined;
  id?: string;
}) {
  const { t } = useTranslation();
  const l = useLocalise();
  if (!needs) return null;
  const items = [
    ...questions.accessNeeds.filter((n) => needs.needs.includes(n.value)).map((n) => l(n.label)),
    ...(needs.interpreterLanguage
      ? [t('needs.interpreter', { language: needs.interpreterLanguage })]
      : []),
    ...(needs.writtenLanguage === 'cy' ? [t('needs.writeInWelsh')] : []),
    ...(needs.other ? [needs.other] : []),
  ];
  if (items.length === 0) return null;
  return (
    <ul className="nhsuk-list everyday-communication-needs" id={id} aria-label={t('needs.label')}>
      {items.map((item) => (
        <li key={item} className="nhsuk-u-margin-bottom-1">
          <Tag colour="purple">{item}</Tag>
        </li>
      ))}
    </ul>
  );
}
