import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/format.js';
import { FigureValue } from './FigureValue.js';
import { countedText, figureText } from './format-figure.js';
import { anyFigure, type EvidenceView } from './evidence-view.js';

/** The figures a lead reads first: demand, waits, attendance, outcome and what was avoided. */
const HEADLINES = [
  'requests',
  'weeks-to-first-median',
  'within-18-weeks',
  'dna-rate',
  'improved-main-measure',
  'gp-appointments-avoided',
] as const;

/** The headline figures as NHS.UK cards, each with what was counted and the comparison. */
export function HeadlineCards({ view }: { view: EvidenceView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const cards = HEADLINES.flatMap((key) => {
    const figure = anyFigure(view.dashboard, key);
    return figure ? [{ figure, before: anyFigure(view.compare, key) }] : [];
  });
  return (
    <section aria-labelledby="headlines-title">
      <h2 className="nhsuk-heading-l" id="headlines-title">
        {t('evidence.headlines')}
      </h2>
      <ul className="nhsuk-grid-row nhsuk-card-group" id="headline-cards">
        {cards.map(({ figure, before }) => {
          const counted = countedText(figure, locale, t);
          return (
            <li className="nhsuk-grid-column-one-third nhsuk-card-group__item" key={figure.key}>
              <div className="nhsuk-card">
                <div className="nhsuk-card__content">
                  <h3 className="nhsuk-card__heading nhsuk-heading-s">{view.title(figure.key)}</h3>
                  <p className="nhsuk-heading-l nhsuk-u-margin-bottom-2">
                    <FigureValue figure={figure} />
                  </p>
                  {counted && <p className="nhsuk-card__description nhsuk-body-s">{counted}</p>}
                  {before && (
                    <p className="nhsuk-card__description nhsuk-body-s">
                      {t('evidence.comparedWith', { value: figureText(before, locale, t) })}
                    </p>
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
