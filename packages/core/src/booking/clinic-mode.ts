/** The ways a clinic is run, apart from the template so GPAD mapping can name them without a circle. */
export const CLINIC_MODES = ['in_person', 'phone', 'video', 'home_visit', 'group'] as const;
/** How the person and the OT meet (DESIGN.md §4). */
export type ClinicMode = (typeof CLINIC_MODES)[number];
