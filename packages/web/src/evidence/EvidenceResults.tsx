import type { EvidenceSection } from '@everyday/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../booking/format.js';
import { InsetText } from '../components/InsetText.js';
import { formatTimestamp } from '../dates/format-date.js';
import { Definitions } from './Definitions.js';
import { EquitySection } from './EquitySection.js';
import { FigureTable } from './FigureTable.js';
import { HeadlineCards } from './HeadlineCards.js';
import { OutcomesTable } from './OutcomesTable.js';
import { TrendSection } from './TrendSection.js';
import type { EvidenceView } from './evidence-view.js';

interface EvidenceResultsProps {
  view: EvidenceView;
  sections: readonly EvidenceSection[];
  /** The period in words. */
  period: string;
  comparePeriod: string | null;
}

/** The dashboard for one set of filters, from its headline figures to its definitions. */
export function EvidenceResults({ view, sections, period, comparePeriod }: EvidenceResultsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { dashboard } = view;
  // The rule's name is a published English title: marked as English on a Welsh page.
  const lang = view.language === 'en' ? undefined : 'en';
  const practice = dashboard.practices.find((p) => p.id === dashboard.query.practiceId);
  const scope = [
    practice?.name ?? t('evidence.filters.allPractices'),
    dashboard.query.pathway
      ? t(`triage.pathway.${dashboard.query.pathway}`)
      : t('evidence.filters.allPathways'),
  ].join(', ');
  return (
    <div id="evidence-results">
      <h2 className="nhsuk-heading-l" id="results-title">
        {t('evidence.resultsTitle', { period })}
      </h2>
      <p className="nhsuk-body" id="results-scope">
        {scope}
      </p>
      {comparePeriod !== null && (
        <p className="nhsuk-body" id="results-compare">
          {t('evidence.comparingWith', { period: comparePeriod })}
        </p>
      )}
      <p className="nhsuk-body-s">
        {t('evidence.readAt', { time: formatTimestamp(dashboard.readAt, locale) })}
      </p>
      {dashboard.disclosure === null ? (
        <InsetText id="disclosure">
          <p>{t('evidence.disclosure.exact')}</p>
        </InsetText>
      ) : (
        <InsetText id="disclosure">
          <p>
            {t('evidence.disclosure.applied')}{' '}
            {t('evidence.disclosure.further', { count: dashboard.disclosure.hidden })}
          </p>
          <p>
            {t('evidence.disclosure.rule')} <span lang={lang}>{dashboard.disclosure.rule}</span>
          </p>
        </InsetText>
      )}
      <p className="nhsuk-body">
        <a
          href={`/api/evidence/report.pdf?${view.query}&lang=${view.language}`}
          download
          id="report-pdf"
        >
          {t('evidence.download.report')}
        </a>
      </p>
      <HeadlineCards view={view} />
      {sections.map((section) => (
        <section aria-labelledby={`section-${section}-title`} key={section}>
          <h2 className="nhsuk-heading-l" id={`section-${section}-title`}>
            {t(`evidence.sections.${section}.title`)}
          </h2>
          <FigureTable view={view} section={section} />
          {section === 'outcomes' && (
            <>
              <h3 className="nhsuk-heading-m">{t('evidence.outcomes.title')}</h3>
              <OutcomesTable view={view} />
            </>
          )}
          {section === 'experience' && dashboard.comments !== null && (
            <>
              <h3 className="nhsuk-heading-m">{t('evidence.comments.title')}</h3>
              {dashboard.comments.length === 0 ? (
                <p className="nhsuk-body">{t('evidence.comments.none')}</p>
              ) : (
                <ul className="nhsuk-list nhsuk-list--bullet" id="comments">
                  {dashboard.comments.map((c, i) => (
                    <li key={`${c.on}-${String(i)}`}>{c.text}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      ))}
      <TrendSection view={view} />
      <EquitySection view={view} />
      <Definitions definitions={dashboard.definitions} language={view.language} />
    </div>
  );
}
