/**
 * The planning overview for a lead or administrator (issue 13 items 3 and 6): the live queueing
 * figures per pathway and tier, demand against capacity week by week over the last 26 weeks, and
 * the projection's baseline with what it assumes, all composed by core from one audited read of
 * the record. Counts of people go under the small-number rule when the caller may not see those
 * people's records (a lead or an administrator): a group with a suppressed count shows no rates
 * either, since they would give the count away.
 */
import {
  DEFAULT_WAIT_FACTOR,
  demandCapacityWeeks,
  discloseCount,
  liveQueueing,
  projectionBaseline,
  type LiveQueueingGroup,
  type LiveQueueingGroupBody,
  type PlanningOverviewBody,
  type TPlanningOverviewQuery,
} from '@everyday/core';
import type { AccessContext, PatientAccess } from '../access/patient-access.js';
import type { Clock } from '@everyday/core';
import { requireManager } from './register-access.js';
import type { RegisterContext } from './register-context.js';
import { readPlanningRecord } from './planning-record.js';

export interface PlanningOverviewDeps {
  readonly access: PatientAccess;
  readonly clock: Clock;
}

function groupBody(group: LiveQueueingGroup, controlled: boolean): LiveQueueingGroupBody {
  if (!controlled) return { ...group, suppressed: false };
  const joined = discloseCount(group.joined);
  const booked = discloseCount(group.booked);
  const withdrawn = discloseCount(group.withdrawn);
  const waiting = discloseCount(group.waiting);
  const suppressed = [joined, booked, withdrawn, waiting].some((n) => n === null);
  return suppressed
    ? {
        pathway: group.pathway,
        tier: group.tier,
        joined,
        booked,
        withdrawn,
        waiting,
        demandPerWeek: null,
        cvDemand: null,
        capacityPerWeek: null,
        cvCapacity: null,
        meanWaitWeeks: null,
        figures: null,
        suppressed: true,
      }
    : { ...group, joined, booked, withdrawn, waiting, suppressed: false };
}

export async function readPlanningOverview(
  context: RegisterContext,
  query: TPlanningOverviewQuery,
  deps: PlanningOverviewDeps,
): Promise<PlanningOverviewBody> {
  requireManager(context.actor);
  const today = deps.clock.today();
  const accessContext: AccessContext = {
    principal: { kind: 'staff', actor: context.actor },
    ip: context.ip,
  };
  const { facts, patientAccess } = await readPlanningRecord(
    deps.access,
    accessContext,
    today,
    'planning overview',
  );
  const controlled = !patientAccess;
  const queueing = liveQueueing(facts, { targetWeeks: query.targetWeeks });
  const baseline = projectionBaseline(facts, { targetWeeks: query.targetWeeks });
  const waitingNow = queueing.groups[0]?.waiting ?? 0;
  const count = (n: number) => (controlled ? discloseCount(n) : n);
  return {
    today,
    from: facts.from,
    to: today,
    targetWeeks: query.targetWeeks,
    factor: DEFAULT_WAIT_FACTOR,
    disclosureControlled: controlled,
    queueing: queueing.groups.map((g) => groupBody(g, controlled)),
    weeks: demandCapacityWeeks(facts).map((w) => ({
      weekStart: w.weekStart,
      joined: count(w.joined),
      booked: count(w.booked),
      slots: w.slots,
      slotsBooked: count(w.slotsBooked),
    })),
    baseline: {
      start: baseline.start,
      slotsPerWeek: round2(baseline.slotsPerWeek),
      sessionsPerWeek: round2(baseline.sessionsPerWeek),
      slotsPerSession: round2(baseline.slotsPerSession),
      waitingNow: count(waitingNow),
      assumptions: baseline.assumptions,
    },
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
