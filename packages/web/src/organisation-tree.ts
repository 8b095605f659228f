import type { Organisation } from './api-types.js';

export interface OrganisationNode {
  organisation: Organisation;
  /** 0 for a service (or anything without a known parent), 1 for a PCN, 2 for a practice… */
  depth: number;
}

/**
 * Orders organisations as a tree (service → PCN → practice) using parentId: each parent before its
 * children, siblings by name. Organisations whose parent is not in the list start a tree of their own.
 */
export function organisationTree(organisations: readonly Organisation[]): OrganisationNode[] {
  const ids = new Set(organisations.map((organisation) => organisation.id));
  const byName = (a: Organisation, b: Organisation): number => a.name.localeCompare(b.name);
  const children = new Map<string | null, Organisation[]>();
  for (const organisation of organisations) {
    const parent =
      organisation.parentId !== null && ids.has(organisation.parentId)
        ? organisation.parentId
        : null;
    children.set(parent, [...(children.get(parent) ?? []), organisation]);
  }
  const result: OrganisationNode[] = [];
  const seen = new Set<string>();
  const visit = (organisation: Organisation, depth: number): void => {
    if (seen.has(organisation.id)) return;
    seen.add(organisation.id);
    result.push({ organisation, depth });
    for (const child of [...(children.get(organisation.id) ?? [])].sort(byName))
      visit(child, depth + 1);
  };
  for (const root of [...(children.get(null) ?? [])].sort(byName)) visit(root, 0);
  // Organisations caught in a parent cycle are never reached from a root: list them at the top level.
  for (const organisation of [...organisations].sort(byName)) visit(organisation, 0);
  return result;
}
