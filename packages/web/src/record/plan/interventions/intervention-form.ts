// An intervention: what was done (a coded list), where to for an onward referral, the goals it
// serves, when it was delivered and a note.
import type { InterventionCode, InterventionData } from '@everyday/core';
import type { FieldError } from '../../../api-types.js';
import type { DateParts } from '../../../booking/dates.js';
import { isoToDateParts } from '../../../booking/dates.js';
import type { Checked } from '../form-values.js';
import { checked, readDate, requiredText, text } from '../form-values.js';
import { problem } from '../plan-errors.js';

export interface InterventionValues {
  code: InterventionCode | '';
  destination: string;
  goalIds: string[];
  deliveredOn: DateParts;
  note: string;
}

export function newInterventionValues(today: string): InterventionValues {
  return { code: '', destination: '', goalIds: [], deliveredOn: isoToDateParts(today), note: '' };
}

/**
 * The intervention to send, or what is wrong with it. Only goals of this episode are kept (a
 * goal ticked then removed from the list is not sent).
 */
export function checkIntervention(
  values: InterventionValues,
  episodeGoalIds: readonly string[],
): Checked<InterventionData> {
  const problems: FieldError[] = [];
  if (values.code === '') problems.push(problem('code', 'required'));
  const destination =
    values.code === 'onward_referral'
      ? requiredText(values.destination, 'destination', problems)
      : null;
  const deliveredOn = readDate(values.deliveredOn, 'deliveredOn', problems) ?? '';
  return checked(
    {
      code: values.code === '' ? 'signposting' : values.code,
      destination,
      goalIds: values.goalIds.filter((id) => episodeGoalIds.includes(id)),
      deliveredOn,
      note: text(values.note),
    },
    problems,
  );
}
