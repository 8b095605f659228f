import { QUESTIONNAIRES } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate, localeOf } from '../../booking/format.js';
import { InsetText } from '../../components/InsetText.js';
import { useDocumentTitle } from '../../hooks/use-document-title.js';
import { useLanguage } from './language.js';
import type { Flow } from './link.js';
import { estimatedMinutes, nextStep, stepPath } from './steps.js';

/** Hello, what the questionnaires are for, how long they take, who sees the answers; Start now. */
export function StartPage({ flow }: { flow: Flow }) {
  const { token, link, kinds } = flow;
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('questionnaire.title'));
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 className="nhsuk-heading-xl">
          <span className="nhsuk-caption-xl">
            {t('questionnaire.caption')}
            <span className="nhsuk-u-visually-hidden"> – </span>
          </span>
          {t('questionnaire.start.title', { name: link.givenName })}
        </h1>
        <p className="nhsuk-lede-text">{t('questionnaire.start.intro', { count: kinds.length })}</p>
        <ul className="nhsuk-list nhsuk-list--bullet" id="questionnaires">
          {kinds.map((kind) => (
            <li key={kind}>{QUESTIONNAIRES[kind].title[language]}</li>
          ))}
        </ul>
        <p className="nhsuk-body">{t('questionnaire.start.why')}</p>
        <p className="nhsuk-body" id="time-needed">
          {t('questionnaire.start.time', { count: estimatedMinutes(kinds) })}
        </p>
        <h2 className="nhsuk-heading-m">{t('questionnaire.start.whoHeading')}</h2>
        <p className="nhsuk-body">{t('questionnaire.start.who')}</p>
        <p className="nhsuk-body">{t('questionnaire.start.noWrongAnswers')}</p>
        <p className="nhsuk-body">{t('questionnaire.start.saved')}</p>
        <p className="nhsuk-body">{t('questionnaire.start.language')}</p>
        <InsetText>
          <p className="nhsuk-body">{t('questionnaire.urgent')}</p>
        </InsetText>
        <Link
          className="nhsuk-button"
          to={stepPath(token, nextStep(kinds, 'start'))}
          id="start-now"
          draggable={false}
        >
          {t('questionnaire.start.button')}
        </Link>
        <p className="nhsuk-body-s">
          {t('questionnaire.start.expires', {
            date: formatDate(link.expiresAt, localeOf(language)),
          })}
        </p>
      </div>
    </div>
  );
}
