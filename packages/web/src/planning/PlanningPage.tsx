import {
  TARGET_WEEKS_DEFAULT,
  ZPlanningOverview,
  ZScenarioList,
  ZStaffingNorm,
  type ProjectionResponse,
} from '@everyday/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useLocale } from '../booking/format.js';
import { InsetText } from '../components/InsetText.js';
import { LoadFailure } from '../components/LoadFailure.js';
import { Loading } from '../components/Loading.js';
import { PageHeading } from '../components/PageHeading.js';
import { formatDay } from '../dates/format-date.js';
import { useResource } from '../hooks/use-resource.js';
import { AssumptionsSection } from './AssumptionsSection.js';
import { DemandCapacitySection } from './DemandCapacitySection.js';
import { projectionName, ROUNDING_BASE, SMALL_NUMBER_LIMIT } from './planning-view.js';
import { ProjectionComparison, type ComparisonCandidate } from './ProjectionComparison.js';
import { ProjectionRunner } from './ProjectionRunner.js';
import { QueueingSection } from './QueueingSection.js';
import { ScenariosSection } from './ScenariosSection.js';

/** The target wait in the address (?targetWeeks=), a whole number of weeks 1–52, else 6. */
export function readTargetWeeks(text: string | null): number {
  const n = text === null || !/^\d+$/.test(text.trim()) ? NaN : Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 52 ? n : TARGET_WEEKS_DEFAULT;
}

/**
 * /planning — workforce and waiting-list planning for leads and administrators (issue 13 item
 * 6): demand against capacity week by week, the live queueing figures per pathway and tier, what
 * the projection assumes, the lead's scenarios, projections of the baseline or a scenario run
 * with progress, and their comparison with the workforce plan PDF.
 */
export function PlanningPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const targetWeeks = readTargetWeeks(params.get('targetWeeks'));
  const overview = useResource(
    `/api/planning/overview?targetWeeks=${String(targetWeeks)}`,
    ZPlanningOverview,
  );
  const list = useResource('/api/planning/scenarios', ZScenarioList);
  const norm = useResource('/api/planning/staffing-norm', ZStaffingNorm);
  // Projections run on this page, by id, and which are chosen for the comparison.
  const [finished, setFinished] = useState<ReadonlyMap<string, ProjectionResponse>>(new Map());
  const [selected, setSelected] = useState<string[]>([]);
  const reloadList = list.reload;
  const onFinished = useCallback(
    (projection: ProjectionResponse) => {
      setFinished((m) => new Map(m).set(projection.id, projection));
      setSelected((s) => [
        ...s.filter((id) => {
          const other = finished.get(id);
          return other === undefined || other.scenarioId !== projection.scenarioId;
        }),
        projection.id,
      ]);
      reloadList();
    },
    [finished, reloadList],
  );

  const practices = useMemo(
    () =>
      (norm.data?.pcns ?? [])
        .flatMap((pcn) => pcn.practices)
        .map((p) => ({ id: p.organisationId, name: p.name })),
    [norm.data],
  );
  const scenarios = list.data?.scenarios ?? [];
  const candidates = useMemo((): ComparisonCandidate[] => {
    // The latest finished projection of the baseline and of each scenario: one run here, else
    // the one the list names.
    const ranHere = (scenarioId: string | null) =>
      [...finished.values()].filter((p) => p.scenarioId === scenarioId).at(-1)?.id;
    const out: ComparisonCandidate[] = [];
    const baseline = ranHere(null) ?? list.data?.baselineProjectionId ?? null;
    if (baseline !== null)
      out.push({
        projectionId: baseline,
        name: projectionName({ scenarioId: null, scenarioName: null }, t),
      });
    for (const s of list.data?.scenarios ?? []) {
      const id = ranHere(s.id) ?? s.latestProjectionId;
      if (id !== null) out.push({ projectionId: id, name: s.name });
    }
    return out;
  }, [finished, list.data, t]);

  if (overview.status === 'failed') return <LoadFailure error={overview.error} />;
  if (list.status === 'failed') return <LoadFailure error={list.error} />;
  return (
    <>
      <PageHeading>{t('planning.page.title')}</PageHeading>
      <p className="nhsuk-body-l">{t('planning.page.intro')}</p>
      <ul className="nhsuk-list" id="planning-links">
        <li>
          <Link to="/planning/staff">{t('planning.page.registerLink')}</Link>
        </li>
        <li>
          <Link to="/planning/norm" id="planning-norm-link">
            {t('planning.page.normLink')}
          </Link>
        </li>
      </ul>
      {overview.data === null ? (
        <Loading />
      ) : (
        <>
          <InsetText id="planning-window">
            <p>
              {t('planning.page.window', {
                from: formatDay(overview.data.from, locale, 'long'),
                to: formatDay(overview.data.to, locale, 'long'),
              })}{' '}
              {overview.data.disclosureControlled
                ? t('planning.page.disclosureApplied', {
                    n: SMALL_NUMBER_LIMIT,
                    base: ROUNDING_BASE,
                  })
                : t('planning.page.disclosureExact')}
            </p>
          </InsetText>
          <DemandCapacitySection overview={overview.data} />
          <QueueingSection overview={overview.data} />
          <AssumptionsSection baseline={overview.data.baseline} />
        </>
      )}
      {list.data === null ? (
        <Loading />
      ) : (
        <>
          <ScenariosSection
            scenarios={scenarios}
            practices={practices}
            targetWeeks={targetWeeks}
            onChanged={reloadList}
          />
          <ProjectionRunner scenarios={scenarios} onFinished={onFinished} />
          <ProjectionComparison
            candidates={candidates}
            selected={selected}
            onSelect={setSelected}
            known={finished}
          />
        </>
      )}
    </>
  );
}
