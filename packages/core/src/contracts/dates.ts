/** Date schemas shared by the API's contracts. */
import { z } from 'zod';
import { isCalendarDate } from '../shared/calendar-date.js';

/** A real calendar date written YYYY-MM-DD (so 2026-02-30 is refused with `invalid_date`). */
export const isoDate = z.string().refine((s) => isCalendarDate(s), {
  message: 'Enter a real date',
  params: { code: 'invalid_date' },
});
