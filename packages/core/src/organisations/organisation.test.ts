import { describe, expect, it } from 'vitest';
import { ancestorsOf, organisationScope, type OrganisationNode } from './organisation.js';

const tree: OrganisationNode[] = [
  { id: 'svc', kind: 'service', parentId: null },
  { id: 'pcn1', kind: 'pcn', parentId: 'svc' },
  { id: 'pcn2', kind: 'pcn', parentId: 'svc' },
  { id: 'p1', kind: 'practice', parentId: 'pcn1' },
  { id: 'p2', kind: 'practice', parentId: 'pcn1' },
  { id: 'p3', kind: 'practice', parentId: 'pcn2' },
];

describe('organisationScope', () => {
  it('covers the member organisation and everything beneath it', () => {
    expect([...organisationScope(['pcn1'], tree)].sort()).toEqual(['p1', 'p2', 'pcn1']);
    expect(organisationScope(['svc'], tree).size).toBe(6);
  });

  it('covers a practice alone when that is the membership', () => {
    expect([...organisationScope(['p3'], tree)]).toEqual(['p3']);
  });

  it('is empty for no memberships and survives a cycle', () => {
    expect(organisationScope([], tree).size).toBe(0);
    const cyclic: OrganisationNode[] = [
      { id: 'a', kind: 'pcn', parentId: 'b' },
      { id: 'b', kind: 'pcn', parentId: 'a' },
    ];
    expect([...organisationScope(['a'], cyclic)].sort()).toEqual(['a', 'b']);
  });
});

describe('ancestorsOf', () => {
  it('walks from a practice up to the service', () => {
    expect(ancestorsOf('p2', tree)).toEqual(['p2', 'pcn1', 'svc']);
  });
});
