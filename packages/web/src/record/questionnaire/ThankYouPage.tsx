import type { AdviceId } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../hooks/use-document-title.js';
import { AdviceCard } from '../../front-door/components/AdviceCard.js';

/**
 * The answers are sent: first, what to do now when the answers call for it (PHQ-9 item 9 above 0,
 * or free text the safety screen matched: the server's receipt says which advice); then thanks,
 * what happens next, and where to get help now.
 */
export function ThankYouPage({ advice = [] }: { advice?: readonly AdviceId[] }) {
  const { t } = useTranslation();
  const title =
    advice.length > 0 ? t('questionnaire.done.adviceTitle') : t('questionnaire.done.title');
  useDocumentTitle(title);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {advice.length > 0 ? (
          <section id="questionnaire-advice" aria-labelledby="questionnaire-advice-heading">
            <h1 className="nhsuk-heading-l" id="questionnaire-advice-heading">
              {title}
            </h1>
            <p className="nhsuk-body">{t('questionnaire.done.adviceIntro')}</p>
            {advice.map((id) => (
              <AdviceCard
                key={id}
                advice={id}
                saved={false}
                unsavedText={t('questionnaire.done.practiceToday')}
              />
            ))}
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">
                {t('questionnaire.done.importantHidden')}
              </span>
              <p className="nhsuk-body">{t('questionnaire.done.sentFlagged')}</p>
            </div>
          </section>
        ) : (
          <div className="nhsuk-panel">
            <h1 className="nhsuk-panel__heading">{title}</h1>
            <div className="nhsuk-panel__body">{t('questionnaire.done.sent')}</div>
          </div>
        )}
        <h2 className="nhsuk-heading-m">{t('questionnaire.done.nextHeading')}</h2>
        <p className="nhsuk-body">{t('questionnaire.done.next')}</p>
        <p className="nhsuk-body">{t('questionnaire.done.nothingElse')}</p>
        <p className="nhsuk-body">{t('questionnaire.urgent')}</p>
      </div>
    </div>
  );
}
