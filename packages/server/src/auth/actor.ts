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
