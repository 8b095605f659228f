/** Wording shown to people, in English and Welsh: every user-facing string in core carries both. */
export interface LocalisedText {
  readonly en: string;
  readonly cy: string;
}
