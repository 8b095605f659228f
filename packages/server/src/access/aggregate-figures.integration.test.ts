/**
 * `PatientAccess.withAggregateFigures`: the aggregate gate for composed figures (the evidence
 * dashboard). Scoped to the caller's organisations and audited like `withAggregateView`; the
 * work is told whether the caller has patient access, so a lead's figures can be controlled.
 * Both databases.
 */
import { randomUUID } from 'node:crypto';
import type { Role } from '@everyday/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { makeOrganisationTree, makeUser, type TestTree } from '../testing/builders.js';
import { testEngines, type TestDatabase } from '../testing/test-database.js';
import { PatientAccess, type AccessContext } from './patient-access.js';

describe.each(testEngines())('aggregate figures on $name', (engine) => {
  let t: TestDatabase;
  let tree: TestTree;
  let access: PatientAccess;

  const staff = async (roles: Role[], organisationId: string): Promise<AccessContext> => {
    const user = await makeUser(t.db, { roles, organisationIds: [organisationId] });
    const actor: Actor = {
      userId: user.id,
      email: user.email,
      name: 'Test',
      roles,
      organisationIds: [organisationId],
      scope: new Set([organisationId]),
    };
    return { principal: { kind: 'staff', actor }, ip: '127.0.0.1' };
  };
  const auditOf = (purpose: string) =>
    t.db
      .selectFrom('audit_events')
      .select(['outcome', 'reason', 'resource_type', 'action'])
      .where('reason', 'like', `%${purpose}%`)
      .execute();

  beforeAll(async () => {
    t = await engine.create();
    tree = await makeOrganisationTree(t.db);
    access = new PatientAccess(t.db);
  });
  afterAll(async () => {
    await t.destroy();
  });

  it('tells the work a lead has no patient access, and audits the read as controlled', async () => {
    const purpose = `figures ${randomUUID()}`;
    const context = await staff(['lead'], tree.practiceIds[0]);
    const seen: { scope: readonly string[]; patientAccess: boolean }[] = [];
    const result = await access.withAggregateFigures(
      context,
      { resourceType: 'evidence', purpose },
      async (_trx, scope, patientAccess) => {
        seen.push({ scope, patientAccess });
        return { value: 'composed', rows: 3 };
      },
    );
    expect(result).toEqual({ value: 'composed', disclosureControlled: true });
    expect(seen).toEqual([{ scope: [tree.practiceIds[0]], patientAccess: false }]);
    expect(await auditOf(purpose)).toEqual([
      {
        outcome: 'allowed',
        reason: `aggregate ${purpose}: 3 rows, small-number rule applied`,
        resource_type: 'evidence',
        action: 'read',
      },
    ]);
  });

  it('tells the work an OT has patient access, uncontrolled', async () => {
    const purpose = `figures ${randomUUID()}`;
    const context = await staff(['ot'], tree.pcnId);
    const result = await access.withAggregateFigures(
      context,
      { resourceType: 'evidence', purpose },
      async (_trx, _scope, patientAccess) => ({ value: patientAccess, rows: 0 }),
    );
    expect(result).toEqual({ value: true, disclosureControlled: false });
    expect((await auditOf(purpose)).map((a) => a.reason)).toEqual([`aggregate ${purpose}: 0 rows`]);
  });

  it('refuses anyone who is not staff, and audits the refusal', async () => {
    let ran = false;
    await expect(
      access.withAggregateFigures(
        { principal: { kind: 'public' }, ip: null },
        { resourceType: 'evidence-refusal-test', purpose: 'refused' },
        async () => {
          ran = true;
          return { value: null, rows: 0 };
        },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(ran).toBe(false);
    const denied = await t.db
      .selectFrom('audit_events')
      .select(['outcome', 'reason'])
      .where('resource_type', '=', 'evidence-refusal-test')
      .execute();
    expect(denied).toEqual([{ outcome: 'denied', reason: 'role' }]);
  });
});
