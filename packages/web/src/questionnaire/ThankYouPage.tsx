import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/use-document-title.js';

/** The answers are sent: thanks, what happens next, and where to get help now. */
export function ThankYouPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('questionnaire.done.title'));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__heading">{t('questionnaire.done.title')}</h1>
          <div className="nhsuk-panel__body">{t('questionnaire.done.sent')}</div>
        </div>
        <h2 className="nhsuk-heading-m">{t('questionnaire.done.nextHeading')}</h2>
        <p className="nhsuk-body">{t('questionnaire.done.next')}</p>
        <p className="nhsuk-body">{t('questionnaire.done.nothingElse')}</p>
        <p className="nhsuk-body">{t('questionnaire.urgent')}</p>
      </div>
    </div>
  );
}
