/**
 * The staffing norm for a lead or administrator (issue 13 item 2): every practice in their scope
 * with its registered population and the OT sessions a week its rota delivers (the register's
 * own count, `sessionsPerWeekByPractice`, summed over the staff in scope), against the norm,
 * with PCN and service totals. Staff data and list sizes, not patient data; authorised as the
 * register is (leads and administrators), read in one snapshot.
 */
import {
  DEFAULT_POPULATION_PER_SESSION,
  SESSIONS_PER_WTE,
  STAFFING_NORM_SOURCE,
  sessionsPerWeekByPractice,
  staffingNormTable,
  type StaffingNorm,
  type StaffingNormPracticeInput,
  type TStaffingNormQuery,
} from '@everyday/core';
import { requireManager } from './register-access.js';
import type { RegisterContext, RegisterDeps } from './register-context.js';
import { rotaFor, staffInScope } from './staff-register.repository.js';
import { organisationsInScope } from './staffing-norm.repository.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

export async function readStaffingNorm(
  context: RegisterContext,
  query: TStaffingNormQuery,
  deps: RegisterDeps,
): Promise<StaffingNorm> {
  requireManager(context.actor);
  const today = deps.clock.today();
  const { scope } = context.actor;
  const { organisations, delivered } = await deps.db.transaction().execute(async (trx) => {
    const staff = await staffInScope(trx, scope);
    const rota = await rotaFor(
      trx,
      staff.map((s) => s.id),
    );
    const hundredths = new Map<string, number>();
    for (const templates of rota.values()) {
      for (const s of sessionsPerWeekByPractice(templates, today)) {
        hundredths.set(
          s.organisationId,
          (hundredths.get(s.organisationId) ?? 0) + Math.round(s.sessions * 100),
        );
      }
    }
    return { organisations: await organisationsInScope(trx, scope), delivered: hundredths };
  });

  const byId = new Map(organisations.map((o) => [o.id, o]));
  const practices: StaffingNormPracticeInput[] = [];
  let notAtPractice = 0;
  for (const o of organisations) {
    const sessions = delivered.get(o.id) ?? 0;
    if (o.kind !== 'practice') {
      notAtPractice += sessions;
      continue;
    }
    const parent = o.parent_id === null ? undefined : byId.get(o.parent_id);
    const pcn = parent?.kind === 'pcn' ? parent : undefined;
    practices.push({
      organisationId: o.id,
      name: o.name,
      odsCode: o.ods_code,
      pcnId: pcn?.id ?? null,
      pcnName: pcn?.name ?? null,
      listSize: o.list_size,
      sessionsDelivered: sessions / 100,
    });
  }
  const services = organisations.filter((o) => o.kind === 'service');
  const table = staffingNormTable(practices, query.populationPerSession);
  return {
    today,
    norm: {
      populationPerSession: table.populationPerSession,
      isDefault: table.populationPerSession === DEFAULT_POPULATION_PER_SESSION,
      defaultPopulationPerSession: DEFAULT_POPULATION_PER_SESSION,
      sessionsPerWte: SESSIONS_PER_WTE,
      citation: STAFFING_NORM_SOURCE.citation,
      quote: STAFFING_NORM_SOURCE.quote,
    },
    serviceName: services.length === 1 ? (services[0]?.name ?? null) : null,
    pcns: table.pcns.map((p) => ({ ...p, practices: [...p.practices] })),
    service: table.service,
    sessionsNotAtPractice: round2(notAtPractice / 100),
  };
}
