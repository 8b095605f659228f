// The audit log's filters live in the page address, so a filtered view can be shared.

export const auditFilterNames = [
  'from',
  'to',
  'userId',
  'action',
  'resourceType',
  'outcome',
  // Whose records: by NHS number, or by name and date of birth.
  'nhsNumber',
  'name',
  'dateOfBirth',
] as const;
export type AuditFilterName = (typeof auditFilterNames)[number];
export type AuditFilters = Record<AuditFilterName, string>;

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const entries = auditFilterNames.map((name) => [name, params.get(name)?.trim() ?? '']);
  return Object.fromEntries(entries) as AuditFilters;
}

/** The page number from `?page=`: a whole number from 1, else 1. */
export function readAuditPage(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Query string (without `?`) for the filters that are set, and the page when it is not the first. */
export function auditQuery(filters: AuditFilters, page = 1): string {
  const params = new URLSearchParams();
  for (const name of auditFilterNames) {
    const value = filters[name].trim();
    if (value !== '') params.set(name, value);
  }
  if (page > 1) params.set('page', String(page));
  return params.toString();
}
