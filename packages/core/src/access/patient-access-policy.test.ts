import { describe, expect, it } from 'vitest';
import { decidePatientAccess, PATIENT_ACTIONS, type AccessActor } from './patient-access-policy.js';
import { ROLES, type Role } from './roles.js';

const practice = 'practice-a';
function actor(roles: Role[], scope: string[] = [practice]): AccessActor {
  return { userId: 'u1', roles, scope: new Set(scope) };
}

describe('decidePatientAccess', () => {
  it('lets an OT do anything to a record in their organisations', () => {
    for (const action of PATIENT_ACTIONS) {
      expect(
        decidePatientAccess(actor(['ot']), { action, level: 'clinical', organisationId: practice }),
      ).toEqual({ allowed: true, role: 'ot' });
    }
  });

  it('refuses every role a record outside its organisations', () => {
    for (const role of ROLES) {
      const d = decidePatientAccess(actor([role], ['elsewhere']), {
        action: 'read',
        level: 'demographics',
        organisationId: practice,
      });
      expect(d.allowed).toBe(false);
    }
    expect(
      decidePatientAccess(actor(['ot'], ['elsewhere']), {
        action: 'read',
        level: 'clinical',
        organisationId: practice,
      }),
    ).toEqual({ allowed: false, reason: 'organisation' });
  });

  it('shows navigators demographics but no clinical content', () => {
    const nav = actor(['navigator']);
    // They record what a person tells them (clinical content included) but cannot read it back.
    expect(
      decidePatientAccess(nav, { action: 'create', level: 'clinical', organisationId: practice })
        .allowed,
    ).toBe(true);
    expect(
      decidePatientAccess(nav, { action: 'update', level: 'clinical', organisationId: practice })
        .allowed,
    ).toBe(false);
    expect(
      decidePatientAccess(nav, {
        action: 'create',
        level: 'demographics',
        organisationId: practice,
      }).allowed,
    ).toBe(true);
    expect(
      decidePatientAccess(nav, { action: 'read', level: 'clinical', organisationId: practice }),
    ).toEqual({
      allowed: false,
      reason: 'role',
    });
  });

  it('keeps the OT record itself to OTs: clinicians see the summary, navigators nothing', () => {
    for (const action of PATIENT_ACTIONS) {
      const target = { action, level: 'record' as const, organisationId: practice };
      expect(decidePatientAccess(actor(['ot']), target).allowed).toBe(true);
      expect(decidePatientAccess(actor(['clinician']), target)).toEqual({
        allowed: false,
        reason: 'role',
      });
      expect(decidePatientAccess(actor(['navigator']), target)).toEqual({
        allowed: false,
        reason: 'role',
      });
      expect(decidePatientAccess(actor(['lead', 'admin']), target).allowed).toBe(false);
    }
    expect(
      decidePatientAccess(actor(['ot'], ['elsewhere']), {
        action: 'read',
        level: 'record',
        organisationId: practice,
      }),
    ).toEqual({ allowed: false, reason: 'organisation' });
  });

  it('gives GPs and MDT clinicians read and referral but no edits', () => {
    const gp = actor(['clinician']);
    expect(
      decidePatientAccess(gp, { action: 'read', level: 'clinical', organisationId: practice })
        .allowed,
    ).toBe(true);
    expect(
      decidePatientAccess(gp, { action: 'update', level: 'clinical', organisationId: practice }),
    ).toEqual({
      allowed: false,
      reason: 'role',
    });
  });

  it('keeps leads and admins to aggregates: no patient records at all', () => {
    for (const role of ['lead', 'admin'] as const) {
      expect(
        decidePatientAccess(actor([role]), {
          action: 'read',
          level: 'demographics',
          organisationId: practice,
        }),
      ).toEqual({ allowed: false, reason: 'role' });
    }
  });

  it('allows through whichever of several roles permits the action', () => {
    expect(
      decidePatientAccess(actor(['admin', 'ot']), {
        action: 'update',
        level: 'clinical',
        organisationId: practice,
      }),
    ).toEqual({ allowed: true, role: 'ot' });
  });

  it('lets the public and other systems create requests only, systems within their organisation', () => {
    const target = { action: 'create', level: 'clinical', organisationId: practice } as const;
    expect(decidePatientAccess({ kind: 'public' }, target)).toEqual({
      allowed: true,
      role: 'public',
    });
    expect(decidePatientAccess({ kind: 'public' }, { ...target, action: 'read' })).toEqual({
      allowed: false,
      reason: 'role',
    });
    expect(decidePatientAccess({ kind: 'public' }, { ...target, action: 'search' })).toEqual({
      allowed: false,
      reason: 'role',
    });
    const system = { kind: 'system', keyId: 'k', scope: new Set([practice]) } as const;
    expect(decidePatientAccess(system, target)).toEqual({ allowed: true, role: 'system' });
    expect(decidePatientAccess(system, { ...target, organisationId: 'elsewhere' })).toEqual({
      allowed: false,
      reason: 'organisation',
    });
    expect(decidePatientAccess(system, { ...target, action: 'search' })).toEqual({
      allowed: false,
      reason: 'role',
    });
  });
});
