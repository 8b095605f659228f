// Checks of the safety settings form in the browser, with the codes the server would use, so the
// person sees the field's message before anything is sent.
import type { FieldError } from '../api-types.js';
import type { Person, SafetySettingsList } from './crisis-types.js';

export const ACKNOWLEDGE_MINUTES_RANGE = { min: 5, max: 480 } as const;

export interface SettingsForm {
  safeguardingLeadUserId: string;
  acknowledgeWithinMinutes: string;
  practiceEmail: string;
}

export interface SettingsBody {
  safeguardingLeadUserId: string | null;
  acknowledgeWithinMinutes: number;
  practiceEmail: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The body for `PUT /api/safety-settings/:organisationId`, or the problems with the form. */
export function checkSettings(
  form: SettingsForm,
): { ok: true; body: SettingsBody } | { ok: false; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const typed = form.acknowledgeWithinMinutes.trim();
  const minutes = Number(typed);
  if (typed === '')
    problems.push({ path: 'acknowledgeWithinMinutes', code: 'required', message: 'required' });
  else if (!/^\d+$/.test(typed))
    problems.push({ path: 'acknowledgeWithinMinutes', code: 'not_whole', message: 'not_whole' });
  else if (minutes < ACKNOWLEDGE_MINUTES_RANGE.min || minutes > ACKNOWLEDGE_MINUTES_RANGE.max)
    problems.push({
      path: 'acknowledgeWithinMinutes',
      code: 'out_of_range',
      message: 'out_of_range',
    });
  const email = form.practiceEmail.trim();
  if (email !== '' && (!EMAIL.test(email) || email.length > 254))
    problems.push({ path: 'practiceEmail', code: 'invalid_email', message: 'invalid_email' });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    body: {
      safeguardingLeadUserId:
        form.safeguardingLeadUserId === '' ? null : form.safeguardingLeadUserId,
      acknowledgeWithinMinutes: minutes,
      practiceEmail: email === '' ? null : email,
    },
  };
}

/**
 * Who can be named safeguarding lead: everyone the API offers (a practice's lead may work for the
 * service above it, so the list is not narrowed here; the server checks the choice), by name.
 */
export function leadCandidates(list: SafetySettingsList): Person[] {
  return (list.users ?? list.candidates ?? [])
    .map((u) => ({ id: u.id, name: u.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
