import type { Role } from './roles.js';

/**
 * Who may learn whose record an audit event is about. Administrators answer "who looked at this
 * person's record?": they may see the person's name beside an event of the audit log and find a
 * person (by NHS number, or name and date of birth) to search the log by, within the
 * organisations they cover. That is all: they still read no request, episode or record.
 */
export function mayIdentifyAuditSubjects(roles: readonly Role[]): boolean {
  return roles.includes('admin');
}
