/**
 * NHS Talking Therapies for anxiety and depression paired outcomes (the NHS Talking Therapies
 * manual, NHS England 2024; NHS Digital Psychological Therapies reports, technical output).
 * One record per episode: the first and last PHQ-9 and GAD-7 of the episode, and whether it
 * "finished a course of treatment" (at least two attended treatment contacts; the caller
 * decides from the contacts and passes `finished`).
 *
 * Our rule where the national definition needs paired data: an episode counts towards the
 * outcome measures only when it finished and has all four scores; a finished episode with any
 * score missing is counted in `finishedWithoutPairedScores` and left out of every numerator
 * and denominator. `finished` in the result means finished with paired scores.
 */
import { definitionOf, type MetricDefinition } from './definitions.js';
import { requireCount, requireFraction, EvidenceInputError } from './evidence-error.js';
import { wilsonInterval, type ProportionWithCi } from './intervals.js';

/** Caseness thresholds: PHQ-9 ≥ 10, GAD-7 ≥ 8. */
export const PHQ9_CASENESS = 10;
export const GAD7_CASENESS = 8;
/** Reliable change thresholds: PHQ-9 6 points, GAD-7 4 points. */
export const PHQ9_RELIABLE_CHANGE = 6;
export const GAD7_RELIABLE_CHANGE = 4;

export interface TalkingTherapiesEpisode {
  readonly finished: boolean;
  readonly phq9First: number | null;
  readonly phq9Last: number | null;
  readonly gad7First: number | null;
  readonly gad7Last: number | null;
}

export interface EpisodeOutcome {
  readonly casenessAtFirst: boolean;
  readonly casenessAtLast: boolean;
  readonly reliableImprovement: boolean;
  readonly reliableDeterioration: boolean;
  readonly recovery: boolean;
  readonly reliableRecovery: boolean;
}

function score(value: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new EvidenceInputError(field, {
      en: `A score here is a whole number from 0 to ${String(max)}`,
      cy: `Mae sgôr yma yn rhif cyfan o 0 i ${String(max)}`,
    });
  }
  return value;
}

/** The outcome of one episode with all four scores (PHQ-9 0–27, GAD-7 0–21). */
export function episodeOutcome(scores: {
  readonly phq9First: number;
  readonly phq9Last: number;
  readonly gad7First: number;
  readonly gad7Last: number;
}): EpisodeOutcome {
  const phqFirst = score(scores.phq9First, 27, 'phq9First');
  const phqLast = score(scores.phq9Last, 27, 'phq9Last');
  const gadFirst = score(scores.gad7First, 21, 'gad7First');
  const gadLast = score(scores.gad7Last, 21, 'gad7Last');
  const casenessAtFirst = phqFirst >= PHQ9_CASENESS || gadFirst >= GAD7_CASENESS;
  const casenessAtLast = phqLast >= PHQ9_CASENESS || gadLast >= GAD7_CASENESS;
  const phqBetter = phqFirst - phqLast >= PHQ9_RELIABLE_CHANGE;
  const gadBetter = gadFirst - gadLast >= GAD7_RELIABLE_CHANGE;
  const reliableDeterioration =
    phqLast - phqFirst >= PHQ9_RELIABLE_CHANGE || gadLast - gadFirst >= GAD7_RELIABLE_CHANGE;
  const reliableImprovement = (phqBetter || gadBetter) && !reliableDeterioration;
  const recovery = casenessAtFirst && !casenessAtLast;
  return {
    casenessAtFirst,
    casenessAtLast,
    reliableImprovement,
    reliableDeterioration,
    recovery,
    reliableRecovery: recovery && reliableImprovement,
  };
}

export interface TalkingTherapiesCounts {
  readonly episodes: number;
  readonly notFinished: number;
  readonly finishedWithoutPairedScores: number;
  /** Finished with paired scores: the denominator of improvement and deterioration. */
  readonly finished: number;
  readonly notAtCasenessAtFirst: number;
  readonly recovered: number;
  readonly reliablyImproved: number;
  readonly reliablyDeteriorated: number;
  readonly reliablyRecovered: number;
}

/** A rate: numerator over denominator with a Wilson 95% interval; null when the denominator is 0. */
export type Rate = ProportionWithCi | null;

/** recovered ÷ (finished − not at caseness at first). June 2020: 27,884 / 53,860 = 51.8%. */
export function recoveryRate(c: {
  readonly recovered: number;
  readonly finished: number;
  readonly notAtCasenessAtFirst: number;
}): Rate {
  requireFraction(c.notAtCasenessAtFirst, c.finished, 'notAtCasenessAtFirst');
  return wilsonInterval(
    c.recovered,
    c.finished - c.notAtCasenessAtFirst,
    definitionOf('tt-recovery'),
  );
}

/** reliably recovered ÷ (finished − not at caseness at first). */
export function reliableRecoveryRate(c: {
  readonly reliablyRecovered: number;
  readonly finished: number;
  readonly notAtCasenessAtFirst: number;
}): Rate {
  requireFraction(c.notAtCasenessAtFirst, c.finished, 'notAtCasenessAtFirst');
  return wilsonInterval(
    c.reliablyRecovered,
    c.finished - c.notAtCasenessAtFirst,
    definitionOf('tt-reliable-recovery'),
  );
}

/** reliably improved ÷ finished. June 2020: 39,417 / 57,060 = 69.1%. */
export function reliableImprovementRate(c: {
  readonly reliablyImproved: number;
  readonly finished: number;
}): Rate {
  return wilsonInterval(c.reliablyImproved, c.finished, definitionOf('tt-reliable-improvement'));
}

/** reliably deteriorated ÷ finished. */
export function reliableDeteriorationRate(c: {
  readonly reliablyDeteriorated: number;
  readonly finished: number;
}): Rate {
  return wilsonInterval(
    c.reliablyDeteriorated,
    c.finished,
    definitionOf('tt-reliable-deterioration'),
  );
}

export interface TalkingTherapiesOutcomes {
  readonly counts: TalkingTherapiesCounts;
  readonly caseness: Rate;
  readonly recovery: Rate;
  readonly reliableImprovement: Rate;
  readonly reliableDeterioration: Rate;
  readonly reliableRecovery: Rate;
  /** Definitions of the counts themselves (finished, caseness). */
  readonly definition: MetricDefinition;
}

/** Counts and rates over a set of episodes. */
export function talkingTherapiesOutcomes(
  episodes: readonly TalkingTherapiesEpisode[],
): TalkingTherapiesOutcomes {
  let notFinished = 0;
  let withoutPairs = 0;
  const outcomes: EpisodeOutcome[] = [];
  for (const e of episodes) {
    if (!e.finished) {
      notFinished += 1;
      continue;
    }
    const { phq9First, phq9Last, gad7First, gad7Last } = e;
    if (phq9First === null || phq9Last === null || gad7First === null || gad7Last === null) {
      withoutPairs += 1;
      continue;
    }
    outcomes.push(episodeOutcome({ phq9First, phq9Last, gad7First, gad7Last }));
  }
  const count = (f: (o: EpisodeOutcome) => boolean) => outcomes.filter(f).length;
  const counts: TalkingTherapiesCounts = {
    episodes: requireCount(episodes.length, 'episodes'),
    notFinished,
    finishedWithoutPairedScores: withoutPairs,
    finished: outcomes.length,
    notAtCasenessAtFirst: count((o) => !o.casenessAtFirst),
    recovered: count((o) => o.recovery),
    reliablyImproved: count((o) => o.reliableImprovement),
    reliablyDeteriorated: count((o) => o.reliableDeterioration),
    reliablyRecovered: count((o) => o.reliableRecovery),
  };
  return {
    counts,
    caseness: wilsonInterval(
      counts.finished - counts.notAtCasenessAtFirst,
      counts.finished,
      definitionOf('tt-caseness'),
    ),
    recovery: recoveryRate(counts),
    reliableImprovement: reliableImprovementRate(counts),
    reliableDeterioration: reliableDeteriorationRate(counts),
    reliableRecovery: reliableRecoveryRate(counts),
    definition: definitionOf('tt-caseness'),
  };
}
