import type { FigureDefinition } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { definitionAnchor } from './FigureValue.js';

/**
 * What every figure counts, where its method comes from: the list each number on the page links
 * to. Titles and definitions come from the API in both languages; sources are cited as published
 * (in English).
 */
export function Definitions({
  definitions,
  language,
}: {
  definitions: readonly FigureDefinition[];
  language: 'en' | 'cy';
}) {
  const { t } = useTranslation();
  const sourceLang = language === 'en' ? undefined : 'en';
  return (
    <section aria-labelledby="definitions-title">
      <h2 className="nhsuk-heading-l" id="definitions-title">
        {t('evidence.definitions.title')}
      </h2>
      <p className="nhsuk-body">{t('evidence.definitions.intro')}</p>
      <dl className="nhsuk-summary-list" id="definitions">
        {definitions.map((d) => (
          <div className="nhsuk-summary-list__row" key={d.key}>
            <dt className="nhsuk-summary-list__key" id={definitionAnchor(d.key)} tabIndex={-1}>
              {d.title[language]}
            </dt>
            <dd className="nhsuk-summary-list__value">
              <p className="nhsuk-body">{d.definition[language]}</p>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                {t('evidence.definitions.source')} <span lang={sourceLang}>{d.source}</span>
              </p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
