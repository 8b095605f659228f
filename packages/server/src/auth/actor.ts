/** The signed-in member of staff behind a request, with the organisations they cover. */
import type { Role } from '@everyday/core';

export interface Actor {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  /** Organisations the user belongs to directly. */
  readonly organisationIds: readonly string[];
  /** Those organisations and everything beneath them. */
  readonly scope: ReadonlySet<string>;
}

/** The living demo's writer (issue 11 item 5): a named system actor, audited under this name. */
export const DEMO_GENERATOR = 'demo-generator';

/**
 * The demo generator as an actor: its own (inactive) user row, so what it writes is attributed
 * and audited as `demo-generator`, with the roles the real paths ask of an OT who also keeps the
 * clinics, over the demo's organisations.
 */
export function demoGeneratorActor(userId: string, organisationIds: readonly string[]): Actor {
  return {
    userId,
    email: DEMO_GENERATOR,
    name: 'Demo generator',
    roles: ['ot', 'navigator', 'admin'],
    organisationIds,
    scope: new Set(organisationIds),
  };
}
