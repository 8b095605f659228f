/** Staff roles (DESIGN.md §1). A user may hold several. */
export const ROLES = ['navigator', 'clinician', 'ot', 'lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
