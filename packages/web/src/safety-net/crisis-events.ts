// Tells the crisis banner to look again at once (after an acknowledgement), rather than at its next
// periodic check.
const listeners = new Set<() => void>();

/** Something changed what is unacknowledged: every banner refreshes. */
export function crisisChanged(): void {
  for (const listener of listeners) listener();
}

export function onCrisisChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
