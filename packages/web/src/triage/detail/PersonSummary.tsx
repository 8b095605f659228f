import { QUESTION_SET_V1 as questions } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { SummaryRow } from '../components/SummaryRow.js';
import { formatDateOnly, formatNhsNumber } from '../localise.js';
import { useLocalise } from '../../localise.js';
import type { RequestDetail } from '../request-types.js';

/** Who the request is about, and how to reach them. */
export function PersonSummary({ detail }: { detail: RequestDetail }) {
  const { t, i18n } = useTranslation();
  const l = useLocalise();
  const { person, contact, referrer } = detail.answers;
  const notGiven = t('requestDetail.notGiven');
  const language = detail.answers.preferredLanguage;
  const method = questions.contactMethods.find((m) => m.value === contact.preferred);
  return (
    <>
      <h2 className="nhsuk-heading-m" id="person-heading">
        {t('requestDetail.person.title')}
      </h2>
      <dl className="nhsuk-summary-list" aria-labelledby="person-heading">
        <SummaryRow label={t('requestDetail.person.name')}>
          {person.givenName} {person.familyName}
        </SummaryRow>
        <SummaryRow label={t('requestDetail.person.dateOfBirth')}>
          {/* A request saved urgently may have no date of birth until it is completed. */}
          {(detail.person.dateOfBirth ?? person.dateOfBirth) && detail.person.age !== null
            ? t('requestDetail.person.born', {
                date: formatDateOnly(
                  detail.person.dateOfBirth ?? person.dateOfBirth,
                  i18n.resolvedLanguage,
                ),
                age: detail.person.age,
              })
            : notGiven}
        </SummaryRow>
        <SummaryRow label={t('requestDetail.person.nhsNumber')}>
          {detail.person.nhsNumber ? formatNhsNumber(detail.person.nhsNumber) : notGiven}
        </SummaryRow>
        <SummaryRow label={t('requestDetail.person.postcode')}>{person.postcode}</SummaryRow>
        <SummaryRow label={t('requestDetail.person.practice')}>{detail.practice.name}</SummaryRow>
      </dl>
      <h2 className="nhsuk-heading-m" id="contact-heading">
        {t('requestDetail.contact.title')}
      </h2>
      <dl className="nhsuk-summary-list" aria-labelledby="contact-heading">
        <SummaryRow label={t('requestDetail.contact.phone')}>
          {contact.phone ?? notGiven}
        </SummaryRow>
        <SummaryRow label={t('requestDetail.contact.email')}>
          {contact.email ?? notGiven}
        </SummaryRow>
        <SummaryRow label={t('requestDetail.contact.preferred')}>
          {method ? l(method.label) : contact.preferred}
        </SummaryRow>
        <SummaryRow label={t('requestDetail.contact.language')}>
          {language ? t(`requestDetail.contact.languages.${language}`) : notGiven}
        </SummaryRow>
        <SummaryRow label={t('requestDetail.contact.madeBy')}>
          {detail.answers.for === 'self' || !referrer ? (
            t('requestDetail.contact.self')
          ) : (
            <>
              {referrer.name} ({referrer.relationship})
              {referrer.phone && (
                <>
                  <br />
                  {referrer.phone}
                </>
              )}
              <br />
              {t(
                detail.answers.personAgreed
                  ? 'requestDetail.contact.agreed'
                  : 'requestDetail.contact.notAgreed',
              )}
            </>
          )}
        </SummaryRow>
      </dl>
    </>
  );
}
