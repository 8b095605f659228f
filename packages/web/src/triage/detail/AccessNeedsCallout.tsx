import { QUESTION_SET_V1 as questions } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { InsetText } from '../../components/InsetText.js';
import { WarningCallout } from '../../components/WarningCallout.js';
import { useLocalise } from '../../localise.js';
import type { RequestDetail } from '../request-types.js';

/** Communication needs, made prominent when an interpreter or accessible information is needed. */
export function AccessNeedsCallout({ detail }: { detail: RequestDetail }) {
  const { t } = useTranslation();
  const l = useLocalise();
  const access = detail.answers.access;
  if (!access) return null;
  const needs = questions.accessNeeds.filter((need) => access.needs.includes(need.value));
  const items = [
    ...(access.interpreter
      ? [t('requestDetail.access.interpreter', { language: access.language ?? '' })]
      : []),
    ...needs.map((need) => l(need.label)),
    ...(access.other ? [access.other] : []),
  ];
  if (items.length === 0)
    return (
      <InsetText id="access-needs">
        <p>{t('requestDetail.access.none')}</p>
      </InsetText>
    );
  return (
    <WarningCallout heading={t('requestDetail.access.title')} id="access-needs">
      <ul className="nhsuk-list nhsuk-list--bullet">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </WarningCallout>
  );
}
