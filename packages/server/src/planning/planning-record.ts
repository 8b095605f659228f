/**
 * What the planning page reads from the record (issue 13 items 3–5): the planning facts for the
 * caller's organisations, through the access module as figures about people (scoped, audited,
 * one snapshot). Shared by the overview and by a projection's baseline, so both are computed
 * from the same kind of read.
 */
import type { CalendarDate, PlanningFacts } from '@everyday/core';
import type { AccessContext, PatientAccess } from '../access/patient-access.js';
import { readPlanningFacts } from './planning-facts.repository.js';

export interface PlanningRecord {
  readonly facts: PlanningFacts;
  /** Whether the caller may see these people's records (else counts go under the small-number rule). */
  readonly patientAccess: boolean;
}

export async function readPlanningRecord(
  access: PatientAccess,
  context: AccessContext,
  today: CalendarDate,
  purpose: string,
): Promise<PlanningRecord> {
  const { value } = await access.withAggregateFigures(
    context,
    { resourceType: 'planning_facts', purpose },
    async (trx, scope, patientAccess) => {
      const { facts, rows } = await readPlanningFacts(trx, scope, today);
      return { value: { facts, patientAccess }, rows };
    },
  );
  return value;
}
