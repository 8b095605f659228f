// The unacknowledged crisis and safeguarding requests as the banner and list show them.
import type { UnacknowledgedItem } from './crisis-types.js';

/** Oldest first: the one waiting longest is the one to open. */
export function oldestFirst(items: readonly UnacknowledgedItem[]): UnacknowledgedItem[] {
  return [...items].sort((a, b) => Date.parse(a.receivedAt) - Date.parse(b.receivedAt));
}
