/**
 * Who may see and change the staff register: leads and administrators manage it for everyone in
 * their organisations' scope; an OT sees their own page and records their own supervision and
 * CPD; nobody else sees anything of it.
 */
import type { Actor } from '../auth/actor.js';
import { AppError } from '../http/app-error.js';
import {
  staffInScope,
  userName,
  type RegisterDb,
  type StaffMemberRow,
} from './staff-register.repository.js';

/** Leads and administrators manage the register. */
export function managesRegister(actor: Actor): boolean {
  return actor.roles.includes('lead') || actor.roles.includes('admin');
}

const forbidden = () => new AppError('forbidden', 'You do not have permission to do this');

/** Leads and administrators only (the register list, saving a profile). */
export function requireManager(actor: Actor): void {
  if (!managesRegister(actor)) throw forbidden();
}

/**
 * The member of staff `userId`, when the actor may see them: a manager, anyone on the register
 * in their scope; an OT, only themselves.
 */
export async function visibleMember(
  db: RegisterDb,
  actor: Actor,
  userId: string,
): Promise<StaffMemberRow> {
  if (managesRegister(actor)) {
    const [member] = await staffInScope(db, actor.scope, userId);
    if (member) return member;
    if (userId !== actor.userId) throw new AppError('not_found', 'No such member of staff');
  } else if (!actor.roles.includes('ot') || userId !== actor.userId) {
    throw forbidden();
  }
  const name = await userName(db, userId);
  if (name === undefined) throw new AppError('not_found', 'No such member of staff');
  return { id: userId, name };
}

/** As {@link visibleMember}, for recording supervision or CPD (the same people may). */
export const recordableMember = visibleMember;
