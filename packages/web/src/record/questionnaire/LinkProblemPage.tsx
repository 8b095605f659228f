import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading.js';
import type { LinkProblem } from './link.js';

/** A link that does not work (404), or has expired or been used (410): what to do instead. */
export function LinkProblemPage({ problem }: { problem: LinkProblem }) {
  const { t } = useTranslation();
  switch (problem) {
    case 'not_found':
      return (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <PageHeading>{t('questionnaire.notFound.title')}</PageHeading>
            <p className="nhsuk-body">{t('questionnaire.notFound.body')}</p>
            <p className="nhsuk-body">{t('questionnaire.notFound.contact')}</p>
            <p className="nhsuk-body">{t('questionnaire.urgent')}</p>
          </div>
        </div>
      );
    case 'gone':
      return (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <PageHeading>{t('questionnaire.gone.title')}</PageHeading>
            <p className="nhsuk-body">{t('questionnaire.gone.body')}</p>
            <p className="nhsuk-body">{t('questionnaire.gone.alreadySent')}</p>
            <p className="nhsuk-body">{t('questionnaire.gone.contact')}</p>
            <p className="nhsuk-body">{t('questionnaire.urgent')}</p>
          </div>
        </div>
      );
  }
}
