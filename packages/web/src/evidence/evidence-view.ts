// What the dashboard's parts share: the answer, the comparison period's answer (if asked for),
// the filters as the CSV links' query, and the figures' titles in the page's language.
import type { EvidenceDashboard, Figure } from '@everyday/core';

export interface EvidenceView {
  readonly dashboard: EvidenceDashboard;
  readonly compare: EvidenceDashboard | null;
  /** The API query of the main period (for the CSV and report links). */
  readonly query: string;
  readonly language: 'en' | 'cy';
  /** A figure's title in the page's language (its key when it has no definition). */
  readonly title: (key: string) => string;
}

export function makeView(
  dashboard: EvidenceDashboard,
  compare: EvidenceDashboard | null,
  query: string,
  language: 'en' | 'cy',
): EvidenceView {
  const titles = new Map(dashboard.definitions.map((d) => [d.key, d.title[language]]));
  return { dashboard, compare, query, language, title: (key) => titles.get(key) ?? key };
}

/** A section's figure by key, in a dashboard. */
export function sectionFigure(
  dashboard: EvidenceDashboard | null,
  section: string,
  key: string,
): Figure | undefined {
  return dashboard?.sections.find((s) => s.key === section)?.figures.find((f) => f.key === key);
}

/** A figure by key in any section. */
export function anyFigure(dashboard: EvidenceDashboard | null, key: string): Figure | undefined {
  return dashboard?.sections.flatMap((s) => s.figures).find((f) => f.key === key);
}
