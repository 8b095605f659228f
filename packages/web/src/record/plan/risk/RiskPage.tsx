import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { londonToday } from '../../../booking/dates.js';
import { NotFoundPage } from '../../../pages/NotFoundPage.js';
import { entriesOfKind } from '../../types.js';
import { WithRecord } from '../WithRecord.js';
import { initialDomains, newRiskValues, riskValuesOf } from './risk-form.js';
import { RiskForm } from './RiskForm.js';

/** /episodes/:episodeId/plan/risk/new and …/risk/:entryId/edit — a risk assessment and safety plan. */
export function RiskPage() {
  const { entryId } = useParams();
  const { t } = useTranslation();
  return (
    <WithRecord>
      {({ episodeId, record }) => {
        if (entryId === undefined)
          return (
            <RiskForm
              key="new"
              episodeId={episodeId}
              record={record}
              entry={null}
              initial={{
                ...newRiskValues(
                  londonToday(),
                  t('recordPlan.safetyPlan.professionalsDefault'),
                  record.episode.pathway,
                ),
                domains: initialDomains(record.episode.pathway, record.summary.riskFlagged),
              }}
            />
          );
        const entry = entriesOfKind(record.entries, 'risk').find((e) => e.id === entryId);
        if (!entry) return <NotFoundPage />;
        return (
          <RiskForm
            key={entry.id}
            episodeId={episodeId}
            record={record}
            entry={entry}
            initial={riskValuesOf(entry.data, record.episode.pathway)}
          />
        );
      }}
    </WithRecord>
  );
}
