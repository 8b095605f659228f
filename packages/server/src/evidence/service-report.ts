/**
 * The service report PDF for commissioners and boards (issue 12 item 3): the evidence
 * dashboard for a period, practice and pathway, composed by core (`composeServiceReport`) in
 * English or Welsh and drawn by documents/pdf.ts. The report leaves the service, so it is always
 * under the small-number rule, whoever prints it: the dashboard is read with the caller's
 * organisations but none of their roles that could see patients' records, so the access module
 * applies the rule exactly as it does for a lead (and audits the read as the caller). Core
 * refuses a dashboard that is not under the rule, should that ever change.
 */
import {
  composeServiceReport,
  decidePatientAccess,
  type Clock,
  type EvidenceQuery,
} from '@everyday/core';
import type { AccessContext, PatientAccess } from '../access/patient-access.js';
import type { Actor } from '../auth/actor.js';
import { renderPdf } from '../documents/pdf.js';
import { serviceNameOf, type OrganisationStore } from '../organisations/organisation.repository.js';
import { readEvidenceDashboard } from './read-evidence-dashboard.js';

export interface ServiceReportDeps {
  readonly access: PatientAccess;
  readonly clock: Clock;
  readonly organisations: OrganisationStore;
  /** Whether this service is the living demo (its people are synthetic). */
  readonly isDemo: () => Promise<boolean>;
}

/** Shown when the caller belongs to no organisation with a service above it. */
const DEFAULT_SERVICE_NAME = {
  en: 'Occupational therapy service',
  cy: 'Gwasanaeth therapi galwedigaethol',
} as const;

/** The caller as a reader of figures only: their roles that may read a record at clinical level removed. */
export function figuresOnly(actor: Actor): Actor {
  const probe = 'probe';
  const roles = actor.roles.filter(
    (role) =>
      !decidePatientAccess(
        { kind: 'staff', userId: actor.userId, roles: [role], scope: new Set([probe]) },
        { action: 'read', level: 'clinical', organisationId: probe },
      ).allowed,
  );
  return { ...actor, roles };
}

export interface ServiceReportPdf {
  readonly pdf: Buffer;
  readonly filename: string;
}

/** The report for the caller's organisations, a period and filters, as a PDF. */
export async function printServiceReport(
  caller: { readonly actor: Actor; readonly ip: string | null },
  query: EvidenceQuery,
  language: 'en' | 'cy',
  deps: ServiceReportDeps,
): Promise<ServiceReportPdf> {
  const { actor } = caller;
  const controlled: AccessContext = {
    principal: { kind: 'staff', actor: figuresOnly(actor) },
    ip: caller.ip,
  };
  const dashboard = await readEvidenceDashboard(deps.access, controlled, query, deps.clock);
  const first = actor.organisationIds[0];
  const name =
    (first === undefined ? undefined : await serviceNameOf(deps.organisations, first)) ??
    DEFAULT_SERVICE_NAME[language];
  const doc = composeServiceReport({
    dashboard,
    service: { name, demo: await deps.isDemo() },
    language,
    producedOn: deps.clock.today(),
  });
  const pdf = await renderPdf(doc, { creationDate: deps.clock.now() });
  const suffix = language === 'cy' ? '-cy' : '';
  return {
    pdf,
    filename: `everyday-service-report-${query.from}-to-${query.to}${suffix}.pdf`,
  };
}
