/** Where to go after signing in: a path on this site from `?next=`, never another origin. */
export function safeNextPath(next: string | null, fallback = '/staff'): string {
  if (next === null || !next.startsWith('/')) return fallback;
  if (next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/sign-in'))
    return fallback;
  return next;
}
