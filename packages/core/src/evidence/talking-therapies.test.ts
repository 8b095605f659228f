/**
 * NHS Talking Therapies paired outcomes. Aggregate vectors: NHS Digital, Psychological
 * Therapies: reports on the use of IAPT services, England, June 2020 final (monthly), as quoted
 * in issue 12: 57,060 finished a course of treatment, 3,200 of them not at caseness at first,
 * 27,884 recovered (51.8%), 39,417 reliably improved (69.1%). Per-episode cases are worked by
 * hand from the thresholds in the NHS Talking Therapies manual (PHQ-9 ≥ 10 / GAD-7 ≥ 8;
 * reliable change 6 / 4).
 */
import { describe, expect, it } from 'vitest';
import {
  episodeOutcome,
  recoveryRate,
  reliableImprovementRate,
  talkingTherapiesOutcomes,
  type TalkingTherapiesEpisode,
} from './talking-therapies.js';
import { EvidenceInputError } from './evidence-error.js';

const pct1 = (x: number | undefined) => (x === undefined ? x : Math.round(x * 1000) / 10);

describe('national aggregates, June 2020', () => {
  it('recovery 27,884 / (57,060 − 3,200) = 51.8%', () => {
    const rate = recoveryRate({ recovered: 27884, finished: 57060, notAtCasenessAtFirst: 3200 });
    expect(rate?.denominator).toBe(53860);
    expect(pct1(rate?.proportion)).toBe(51.8);
    expect(rate?.definition.id).toBe('tt-recovery');
  });

  it('reliable improvement 39,417 / 57,060 = 69.1%', () => {
    const rate = reliableImprovementRate({ reliablyImproved: 39417, finished: 57060 });
    expect(pct1(rate?.proportion)).toBe(69.1);
  });
});

describe('episodeOutcome (hand-worked)', () => {
  it('PHQ 15→5, GAD 10→4: caseness, recovered, reliably improved, reliably recovered', () => {
    expect(episodeOutcome({ phq9First: 15, phq9Last: 5, gad7First: 10, gad7Last: 4 })).toEqual({
      casenessAtFirst: true,
      casenessAtLast: false,
      reliableImprovement: true,
      reliableDeterioration: false,
      recovery: true,
      reliableRecovery: true,
    });
  });

  it('PHQ 10→9, GAD 8→7: recovered but not reliably (changes of 1)', () => {
    const o = episodeOutcome({ phq9First: 10, phq9Last: 9, gad7First: 8, gad7Last: 7 });
    expect(o.recovery).toBe(true);
    expect(o.reliableImprovement).toBe(false);
    expect(o.reliableRecovery).toBe(false);
  });

  it('PHQ 20→14 (−6) but GAD 5→9 (+4): deterioration cancels the improvement', () => {
    const o = episodeOutcome({ phq9First: 20, phq9Last: 14, gad7First: 5, gad7Last: 9 });
    expect(o.reliableDeterioration).toBe(true);
    expect(o.reliableImprovement).toBe(false);
    expect(o.recovery).toBe(false);
  });

  it('PHQ 19→14 (−5), GAD 12→8 (−4): reliable on GAD-7 alone, still at caseness', () => {
    const o = episodeOutcome({ phq9First: 19, phq9Last: 14, gad7First: 12, gad7Last: 8 });
    expect(o.reliableImprovement).toBe(true);
    expect(o.recovery).toBe(false);
  });

  it('refuses a PHQ-9 above 27', () => {
    expect(() => episodeOutcome({ phq9First: 28, phq9Last: 0, gad7First: 0, gad7Last: 0 })).toThrow(
      EvidenceInputError,
    );
  });
});

describe('talkingTherapiesOutcomes', () => {
  const e = (
    finished: boolean,
    phq9First: number | null,
    phq9Last: number | null,
    gad7First: number | null,
    gad7Last: number | null,
  ): TalkingTherapiesEpisode => ({ finished, phq9First, phq9Last, gad7First, gad7Last });

  it('counts five episodes by hand', () => {
    const result = talkingTherapiesOutcomes([
      e(true, 15, 5, 10, 4), // caseness, recovered, improved, reliably recovered
      e(true, 6, 2, 5, 1), // not at caseness at first; GAD −4 → reliably improved
      e(true, 20, 14, 5, 9), // deteriorated on GAD-7
      e(true, 12, null, 9, 3), // finished without paired scores
      e(false, 18, 4, 12, 2), // not finished
    ]);
    expect(result.counts).toEqual({
      episodes: 5,
      notFinished: 1,
      finishedWithoutPairedScores: 1,
      finished: 3,
      notAtCasenessAtFirst: 1,
      recovered: 1,
      reliablyImproved: 2,
      reliablyDeteriorated: 1,
      reliablyRecovered: 1,
    });
    expect(result.recovery).toMatchObject({ numerator: 1, denominator: 2, proportion: 0.5 });
    expect(result.reliableImprovement).toMatchObject({ numerator: 2, denominator: 3 });
    expect(result.reliableDeterioration).toMatchObject({ numerator: 1, denominator: 3 });
    expect(result.caseness).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it('gives null rates with no finished episodes', () => {
    const result = talkingTherapiesOutcomes([e(false, 15, 5, 10, 4)]);
    expect(result.recovery).toBeNull();
    expect(result.reliableImprovement).toBeNull();
  });
});
