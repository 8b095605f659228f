// What can be recorded against an appointment, by its status (core's canTransition): a booked
// one can be attended, missed, cancelled or rebooked; an outcome can be corrected; a cancelled
// one is final.
export const CHANGE_KINDS = ['attended', 'did_not_attend', 'cancel', 'rebook'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export function changesFor(status: string): ChangeKind[] {
  switch (status) {
    case 'booked':
      return [...CHANGE_KINDS];
    case 'attended':
      return ['did_not_attend'];
    case 'did_not_attend':
      return ['attended'];
    default:
      return [];
  }
}

/** Every change needs a reason but marking a booked appointment attended. */
export function needsReason(kind: ChangeKind, status: string): boolean {
  return !(kind === 'attended' && status === 'booked');
}

/** Cancelling and rebooking say who asked. */
export function needsBy(kind: ChangeKind): boolean {
  return kind === 'cancel' || kind === 'rebook';
}
