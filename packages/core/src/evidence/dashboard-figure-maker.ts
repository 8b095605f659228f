/**
 * Builds the dashboard's figures (contracts/evidence.ts `Figure`) from counts and values, under
 * the service's small-number rule when the caller has no patient access (a lead or an admin):
 * every count 1–7 suppressed and the rest rounded to the nearest 5 (evidence/disclosure.ts,
 * NHS_DISCLOSURE_CONTROL), rates and their intervals from the rounded counts, and a median or
 * mean over 1–7 values not shown (access/disclosure-control.ts, mayShowStatisticOver). Without
 * control every figure is exact.
 */
import { mayShowStatisticOver } from '../access/disclosure-control.js';
import type { Figure, FigureUnit } from '../contracts/evidence.js';
import { discloseCell, NHS_DISCLOSURE_CONTROL, type DisclosedCell } from './disclosure.js';
import { wilsonInterval } from './intervals.js';
import { uptakePer1000 } from './rates.js';

/** A count after disclosure control: null when suppressed. */
export type Shown = number | null;

export function shownOf(cell: DisclosedCell): Shown {
  return cell.kind === 'shown' ? cell.value : null;
}

export class FigureMaker {
  /** How many figures disclosure control hid, for the summary line. */
  suppressed = 0;

  constructor(readonly controlled: boolean) {}

  /** One count through the primary rule (exact without control). */
  disclose(count: number): Shown {
    if (!this.controlled) return count;
    return shownOf(discloseCell(count, NHS_DISCLOSURE_CONTROL));
  }

  private figure(
    key: string,
    unit: FigureUnit,
    values: Partial<Omit<Figure, 'key' | 'unit' | 'suppressed'>>,
    suppressed: boolean,
  ): Figure {
    if (suppressed) this.suppressed += 1;
    return {
      key,
      value: values.value ?? null,
      lower: values.lower ?? null,
      upper: values.upper ?? null,
      numerator: values.numerator ?? null,
      denominator: values.denominator ?? null,
      unit,
      suppressed,
    };
  }

  /** A count of people or events. */
  count(key: string, count: number): Figure {
    const shown = this.disclose(count);
    return this.figure(key, 'count', { value: shown, numerator: shown }, shown === null);
  }

  /** A count already through disclosure control (a table's cell). */
  countOfShown(key: string, shown: Shown): Figure {
    return this.figure(key, 'count', { value: shown, numerator: shown }, shown === null);
  }

  /**
   * People per 1,000 registered, from people as shown and a registered list (a published
   * figure, not controlled); Wilson interval × 1,000.
   */
  per1000OfShown(key: string, people: Shown, registered: number | null): Figure {
    const rate =
      people === null || registered === null || people > registered
        ? null
        : uptakePer1000(people, registered);
    return this.figure(
      key,
      'per1000',
      {
        value: rate?.per1000 ?? null,
        lower: rate?.lower ?? null,
        upper: rate?.upper ?? null,
        numerator: people,
        denominator: registered,
      },
      people === null,
    );
  }

  /** numerator ÷ denominator with a Wilson 95% interval, from the counts as shown. */
  proportion(key: string, numerator: number, denominator: number): Figure {
    return this.proportionOfShown(key, this.disclose(numerator), this.disclose(denominator));
  }

  /** A proportion from counts already through disclosure control (a table's cells). */
  proportionOfShown(key: string, numerator: Shown, denominator: Shown): Figure {
    const suppressed = numerator === null || denominator === null;
    const ci =
      numerator === null || denominator === null ? null : wilsonInterval(numerator, denominator);
    return this.figure(
      key,
      'proportion',
      {
        value: ci?.proportion ?? null,
        lower: ci?.lower ?? null,
        upper: ci?.upper ?? null,
        numerator,
        denominator,
      },
      suppressed,
    );
  }

  /**
   * A statistic over `n` values (a median, a mean): not shown over 1–7 values under control;
   * its denominator is n as shown.
   */
  statistic(
    key: string,
    unit: FigureUnit,
    n: number,
    value: { value: number; lower?: number | null; upper?: number | null } | null,
  ): Figure {
    const hidden = this.controlled && !mayShowStatisticOver(n);
    return this.figure(
      key,
      unit,
      hidden ? { denominator: this.disclose(n) } : { ...value, denominator: this.disclose(n) },
      hidden,
    );
  }

  /** A figure hidden because what it is made from was hidden. */
  hidden(key: string, unit: FigureUnit): Figure {
    return this.figure(key, unit, {}, true);
  }

  /** A figure with no value (nobody counted, or not computable), not suppressed. */
  empty(key: string, unit: FigureUnit, denominator: Shown = null): Figure {
    return this.figure(key, unit, { denominator }, false);
  }

  /**
   * A count as shown over an exact denominator that counts no people (OT-weeks), optionally
   * read against a published benchmark; hidden when the count is.
   */
  ratioOfShown(key: string, numerator: Shown, denominator: number, benchmark?: number): Figure {
    const value = numerator === null || denominator === 0 ? null : numerator / denominator;
    const f = this.figure(key, 'count', { value, numerator, denominator }, numerator === null);
    return benchmark === undefined ? f : { ...f, benchmark };
  }

  /** A value with a range, computed from counts already shown (a cost and its sensitivity). */
  valued(
    key: string,
    unit: FigureUnit,
    values: Partial<Omit<Figure, 'key' | 'unit' | 'suppressed'>>,
  ): Figure {
    return this.figure(key, unit, values, false);
  }

  /** A value computed from figures already shown (an index of inequality). */
  derived(
    key: string,
    unit: FigureUnit,
    value: { value: number; lower: number | null; upper: number | null; denominator: Shown },
  ): Figure {
    return this.figure(key, unit, value, false);
  }
}
