import { describe, expect, it } from 'vitest';
import { discloseCount } from '../access/disclosure-control.js';
import { shownWaitingFigures, waitingListFigures } from './waiting-list-figures.js';
import type { WaitingListEntry } from './waiting-list.js';

const TODAY = '2026-12-07';
/** Someone waiting since `days` days before TODAY. */
const waiting = (
  id: string,
  days: number,
  pathway: WaitingListEntry['pathway'] = 'frailty_falls',
): WaitingListEntry => {
  const since = new Date(Date.UTC(2026, 11, 7 - days)).toISOString().slice(0, 10);
  return { id, pathway, tier: 'individualised', urgency: 'routine', waitingSince: since };
};

describe('waiting list figures (issue 16 item 10)', () => {
  it('gives count, median and longest completed weeks and those under 18 weeks, per group and in all', () => {
    // Hand-worked: waits of 0, 13, 20, 125 and 126 days are weeks 0, 1, 2, 17 and 18.
    // Sorted 0,1,2,17,18: median 2, longest 18; under 18 weeks: 4 of 5.
    const rows = waitingListFigures(
      [waiting('a', 0), waiting('b', 13), waiting('c', 20), waiting('d', 125), waiting('e', 126)],
      TODAY,
    );
    expect(rows).toEqual([
      {
        pathway: 'frailty_falls',
        tier: 'individualised',
        waiting: 5,
        withinEighteenWeeks: 4,
        medianWeeks: 2,
        longestWeeks: 18,
      },
      {
        pathway: null,
        tier: null,
        waiting: 5,
        withinEighteenWeeks: 4,
        medianWeeks: 2,
        longestWeeks: 18,
      },
    ]);
  });

  it('takes the mean of the two middle values for an even count, and is empty but for the total with no one waiting', () => {
    const [total] = waitingListFigures([waiting('a', 7), waiting('b', 21)], TODAY).slice(-1);
    expect(total?.medianWeeks).toBe(2); // weeks 1 and 3
    expect(waitingListFigures([], TODAY)).toEqual([
      {
        pathway: null,
        tier: null,
        waiting: 0,
        withinEighteenWeeks: 0,
        medianWeeks: null,
        longestWeeks: null,
      },
    ]);
  });

  it('shows no statistic for a suppressed group, and the share from the rounded counts', () => {
    // 12 waiting (rounded to 10), 9 under 18 weeks (rounded to 10): share 10/10 = 1, not 0.75.
    expect(
      shownWaitingFigures({
        waiting: discloseCount(12),
        withinEighteenWeeks: discloseCount(9),
        medianWeeks: 4,
        longestWeeks: 30,
      }),
    ).toEqual({ medianWeeks: 4, longestWeeks: 30, withinEighteenWeeksShare: 1 });
    expect(
      shownWaitingFigures({
        waiting: discloseCount(5),
        withinEighteenWeeks: discloseCount(5),
        medianWeeks: 4,
        longestWeeks: 30,
      }),
    ).toEqual({ medianWeeks: null, longestWeeks: null, withinEighteenWeeksShare: null });
    // Without control: 9 of 12 = 0.75.
    expect(
      shownWaitingFigures({ waiting: 12, withinEighteenWeeks: 9, medianWeeks: 4, longestWeeks: 30 })
        .withinEighteenWeeksShare,
    ).toBe(0.75);
  });
});
