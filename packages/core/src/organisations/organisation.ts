/**
 * Organisations form a tree: service → PCN (England) or cluster (Wales) → practice.
 * Data is scoped to them: a member of an organisation covers it and everything beneath it.
 */
export const ORGANISATION_KINDS = ['service', 'pcn', 'practice'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface OrganisationNode {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly parentId: string | null;
}

/** The kind of organisation allowed directly above each kind (null: a root). */
export function allowedParentKind(kind: OrganisationKind): OrganisationKind | null {
  switch (kind) {
    case 'service':
      return null;
    case 'pcn':
      return 'service';
    case 'practice':
      return 'pcn';
  }
}

/** Every organisation a member of `memberOf` covers: those organisations and all their descendants. */
export function organisationScope(
  memberOf: readonly string[],
  organisations: readonly OrganisationNode[],
): ReadonlySet<string> {
  const children = new Map<string, string[]>();
  for (const org of organisations) {
    if (org.parentId === null) continue;
    const list = children.get(org.parentId) ?? [];
    list.push(org.id);
    children.set(org.parentId, list);
  }
  const scope = new Set<string>();
  const stack = [...memberOf];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (scope.has(id)) continue;
    scope.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return scope;
}

/** The chain from an organisation up to its root, starting with itself. */
export function ancestorsOf(
  id: string,
  organisations: readonly OrganisationNode[],
): readonly string[] {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const chain: string[] = [];
  for (let cur = byId.get(id); cur !== undefined && !chain.includes(cur.id);) {
    chain.push(cur.id);
    cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
  }
  return chain;
}
