import { describe, expect, it } from 'vitest';
import type { Organisation, OrganisationKind } from './api-types.js';
import { organisationTree } from './organisation-tree.js';

let nextId = 0;
function makeOrganisation(
  overrides: Partial<Organisation> & { name: string; kind: OrganisationKind },
): Organisation {
  nextId += 1;
  return {
    id: `org-${String(nextId)}`,
    parentId: null,
    odsCode: null,
    listSize: null,
    postcode: null,
    ...overrides,
  };
}

describe('organisationTree', () => {
  it('puts each parent before its children, siblings by name, with depth', () => {
    const service = makeOrganisation({ name: 'Service', kind: 'service' });
    const pcn = makeOrganisation({ name: 'PCN', kind: 'pcn', parentId: service.id });
    const zed = makeOrganisation({ name: 'Zed Surgery', kind: 'practice', parentId: pcn.id });
    const abbey = makeOrganisation({ name: 'Abbey Surgery', kind: 'practice', parentId: pcn.id });
    const tree = organisationTree([zed, abbey, pcn, service]);
    expect(tree.map((node) => [node.organisation.name, node.depth])).toEqual([
      ['Service', 0],
      ['PCN', 1],
      ['Abbey Surgery', 2],
      ['Zed Surgery', 2],
    ]);
  });

  it('starts a new tree for an organisation whose parent is not listed', () => {
    const orphan = makeOrganisation({ name: 'Orphan', kind: 'practice', parentId: 'missing' });
    expect(organisationTree([orphan])).toEqual([{ organisation: orphan, depth: 0 }]);
  });

  it('lists every organisation once, even when parents form a cycle', () => {
    const a = makeOrganisation({ name: 'A', kind: 'pcn' });
    const b = makeOrganisation({ name: 'B', kind: 'pcn', parentId: a.id });
    a.parentId = b.id;
    expect(organisationTree([a, b]).map((node) => node.organisation.name)).toEqual(['A', 'B']);
  });
});
