/**
 * The people behind a dashboard figure (issue 12 item 2): for an OT, who was counted in a
 * figure's numerator, optionally within one breakdown row. The same rules as the dashboard
 * (dashboard.ts, dashboard-outcomes.ts, dashboard-breakdowns.ts) decide who is counted, so the
 * list's length is the figure's numerator as an OT sees it. Each fact carries an opaque
 * `subject` (who and what was counted), which this module never reads.
 */
import type { PeopleFigure } from '../contracts/evidence.js';
import { parseFigureGroup } from '../contracts/evidence.js';
import type { DeprivationIndex } from '../front-door/equality.js';
import { groupOf } from './dashboard-breakdowns.js';
import {
  breakdownIndexOf,
  inEvidencePeriod,
  matchesEvidenceFilters,
  type EvidencePeriodQuery,
} from './dashboard.js';
import {
  improvedOnMainMeasure,
  pairOf,
  reliableRule,
  workAbilityBaselineSd,
} from './dashboard-outcomes.js';
import type { AppointmentFact, EpisodeFact, FactGroups, RequestFact } from './evidence-facts.js';

type With<F, S> = F & { readonly subject: S };

/** The facts a figure's people are chosen from, as the dashboard reads them, with subjects. */
export interface FigurePeopleFacts<S> {
  readonly requests: readonly With<RequestFact, S>[];
  readonly appointments: readonly With<AppointmentFact, S>[];
  readonly episodes: readonly With<EpisodeFact, S>[];
}

export interface FigurePeopleQuery extends EvidencePeriodQuery {
  readonly figure: PeopleFigure;
  /** `<breakdown key>:<group code>`, as the breakdown rows name them. */
  readonly group?: string | undefined;
  /** The deprivation index the breakdown used; else the one most of the counted facts have. */
  readonly index?: DeprivationIndex | undefined;
}

export interface FigurePeople<S> {
  readonly subjects: readonly S[];
  /** The deprivation index a deprivation group was read under (null for other groups). */
  readonly index: DeprivationIndex | null;
}

/** Which fact set a figure counts, and whether a fact (already in period) is in its numerator. */
function numerator<S>(
  facts: FigurePeopleFacts<S>,
  q: FigurePeopleQuery,
): readonly { readonly subject: S; readonly groups: FactGroups }[] {
  const keep = <T extends { readonly groups: FactGroups }>(items: readonly T[]) =>
    items.filter((i) => matchesEvidenceFilters(q, i.groups));
  const discharged = keep(facts.episodes).filter((e) => inEvidencePeriod(q, e.dischargedOn));
  switch (q.figure) {
    case 'requests':
      return keep(facts.requests).filter((r) => inEvidencePeriod(q, r.receivedOn));
    case 'dna-rate':
      return keep(facts.appointments).filter(
        (a) => a.status === 'did_not_attend' && inEvidencePeriod(q, a.on),
      );
    case 'episodes-discharged':
      return discharged;
    case 'improved-main-measure': {
      // The Work Ability Score's reliable change uses the SD of every discharged episode's
      // first score, as the dashboard does, before any group is chosen.
      const sd = workAbilityBaselineSd(discharged);
      return discharged.filter((e) => improvedOnMainMeasure(e, sd) === true);
    }
    case 'reliable-improvement-phq9': {
      const rule = reliableRule('phq9', null);
      return discharged.filter((e) => {
        const pair = pairOf(e.record.outcomes.find((s) => s.measure === 'phq9'));
        return pair !== null && rule !== null && rule(pair) === 1;
      });
    }
  }
}

/** Who was counted in a figure's numerator for the period, filters and group. */
export function figurePeople<S>(
  facts: FigurePeopleFacts<S>,
  query: FigurePeopleQuery,
): FigurePeople<S> {
  const counted = numerator(facts, query);
  const group = query.group === undefined ? null : parseFigureGroup(query.group);
  if (group === null) return { subjects: counted.map((c) => c.subject), index: null };
  const deprivation = group.key === 'imd-quintile' || group.key === 'imd-decile';
  const index = deprivation ? (query.index ?? breakdownIndexOf(counted)) : null;
  return {
    subjects: counted
      .filter((c) => groupOf(group.key, c.groups, index) === group.code)
      .map((c) => c.subject),
    index,
  };
}
