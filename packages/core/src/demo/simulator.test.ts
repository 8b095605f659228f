import { describe, expect, it } from 'vitest';
import { requestAnswersSchemas } from '../contracts/request-answers.js';
import { eq5dIndex } from '../instruments/eq5d.js';
import { addCalendarDays } from '../shared/calendar-date.js';
import { triage } from '../triage/triage.js';
import { northTraffordArea } from './data/north-trafford-area.js';
import { drawPerson } from './population.js';
import { Random } from './random.js';
import { DEFAULT_PARAMETERS } from './service-parameters.js';
import {
  arrivalKey,
  arrivalsOn,
  attendance,
  intakeRouteOf,
  type Arrival,
  type ArrivalContext,
  NEED_AGES,
  type PersonSource,
} from './simulator.js';
import { NORTH_TRAFFORD_AGE_SEX } from './data/north-trafford-age-sex.js';
import { ageOn } from '../front-door/answers.js';
import { NEED_PATHWAYS } from './service-parameters.js';

const area = northTraffordArea(['M32 0DF', 'M32 9PA', 'M16 9NW']);
const people: PersonSource = (random, index, ages) =>
  drawPerson(random, area, '2026-12-01', index, { minAge: ages.min, maxAge: ages.max });

const ctx: ArrivalContext = {
  params: DEFAULT_PARAMETERS,
  practices: [
    { id: '00000000-0000-4000-8000-000000000001', listSize: 13572 },
    { id: '00000000-0000-4000-8000-000000000002', listSize: 7802 },
  ],
  people,
};

function year(seed: string): Arrival[] {
  const random = new Random(seed);
  const all: Arrival[] = [];
  let day = '2025-12-01';
  for (let i = 0; i < 365; i += 1) {
    all.push(...arrivalsOn(ctx, random.fork(day), day, all.length));
    day = addCalendarDays(day, 1);
  }
  return all;
}

const share = (xs: readonly boolean[]) => xs.filter(Boolean).length / xs.length;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('the demo simulator', () => {
  const arrivals = year('calibration');

  it('is deterministic: the same seed gives the same year', () => {
    expect(JSON.stringify(year('calibration'))).toBe(JSON.stringify(arrivals));
    expect(JSON.stringify(year('another'))).not.toBe(JSON.stringify(arrivals));
  });

  it('draws about the weekly rate a service sets, mostly on working days', () => {
    const perWeek = arrivals.length / (365 / 7);
    expect(perWeek).toBeGreaterThan(DEFAULT_PARAMETERS.arrivalsPerWeek.value * 0.85);
    expect(perWeek).toBeLessThan(DEFAULT_PARAMETERS.arrivalsPerWeek.value * 1.15);
  });

  it('writes answers the real question set accepts, and triage suggests the need drawn', () => {
    const { ZRequestAnswers } = requestAnswersSchemas(() => '2026-12-01');
    let agree = 0;
    for (const a of arrivals) {
      const parsed = ZRequestAnswers.safeParse(a.answers);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const decision = triage({
        answers: a.answers,
        route: intakeRouteOf(a.route).route,
        today: a.at.slice(0, 10),
      });
      if (decision.pathway === a.need) agree += 1;
      if (a.crisis) expect(decision.urgency).toBe('crisis');
    }
    expect(agree / arrivals.length).toBeGreaterThan(0.8);
  });

  // Calibration: each proportion within its tolerance of the target in service-parameters.ts.
  it('lands the OT decisions near the Birmingham tiered model (±5 points)', () => {
    const signposted = share(arrivals.map((a) => a.story.triage.kind === 'signpost'));
    expect(Math.abs(signposted - DEFAULT_PARAMETERS.triage.signposted.value)).toBeLessThan(0.05);
    const accepted = arrivals.filter((a) => a.story.triage.kind === 'accept');
    const individual = share(
      accepted.map(
        (a) => a.story.triage.kind === 'accept' && a.story.triage.tier === 'individualised',
      ),
    );
    expect(
      Math.abs(individual - DEFAULT_PARAMETERS.triage.individualisedOfAccepted.value),
    ).toBeLessThan(0.06);
  });

  it('misses about 9% of appointments (8–10% with sampling tolerance)', () => {
    const random = new Random('attendance');
    const outcomes = Array.from({ length: 5000 }, () => attendance(random, DEFAULT_PARAMETERS));
    const dna = share(outcomes.map((o) => o === 'did_not_attend'));
    expect(dna).toBeGreaterThan(0.08);
    expect(dna).toBeLessThan(0.1);
  });

  it('plans at most six sessions, about three on average', () => {
    const sessions = arrivals.map((a) => a.story.sessions);
    expect(Math.max(...sessions)).toBeLessThanOrEqual(6);
    expect(Math.min(...sessions)).toBeGreaterThanOrEqual(1);
    expect(Math.abs(mean(sessions) - 3)).toBeLessThan(0.3);
  });

  it('moves the Hackney measures from first to last within tolerance, with some people worse', () => {
    const o = DEFAULT_PARAMETERS.outcomes;
    const stories = arrivals.map((a) => a.story);
    const index = (p: (typeof stories)[number]['first']) => eq5dIndex(p.eq5d, 'UK_5L_2026').value;
    expect(Math.abs(mean(stories.map((s) => index(s.first))) - o.eq5dFirst.value)).toBeLessThan(
      0.05,
    );
    expect(Math.abs(mean(stories.map((s) => index(s.last))) - o.eq5dLast.value)).toBeLessThan(0.05);
    const offFirst = share(stories.map((s) => s.first.workStatus === 'sick_leave_fit_note'));
    const offLast = share(stories.map((s) => s.last.workStatus === 'sick_leave_fit_note'));
    expect(Math.abs(offFirst - o.offSickFirst.value)).toBeLessThan(0.05);
    expect(Math.abs(offLast - o.offSickLast.value)).toBeLessThan(0.05);
    expect(
      Math.abs(share(stories.map((s) => s.first.adjustments)) - o.adjustmentsFirst.value),
    ).toBeLessThan(0.04);
    expect(
      Math.abs(share(stories.map((s) => s.last.adjustments)) - o.adjustmentsLast.value),
    ).toBeLessThan(0.05);
    expect(Math.abs(mean(stories.map((s) => s.first.was)) - o.workAbilityFirst.value)).toBeLessThan(
      0.4,
    );
    expect(Math.abs(mean(stories.map((s) => s.last.was)) - o.workAbilityLast.value)).toBeLessThan(
      0.5,
    );
    const worse = share(stories.map((s) => index(s.last) < index(s.first)));
    expect(worse).toBeGreaterThan(0.05);
    expect(worse).toBeLessThan(0.35);
  });

  it('lands what discharges avoid near I CAN (±5 points)', () => {
    const o = DEFAULT_PARAMETERS.outcomes;
    const stories = arrivals.map((a) => a.story);
    expect(
      Math.abs(share(stories.map((s) => s.selfManagementOffered)) - o.selfManagementOffered.value),
    ).toBeLessThan(0.05);
    expect(
      Math.abs(
        share(stories.map((s) => s.gpAppointmentsAvoided > 0)) - o.gpAppointmentAvoided.value,
      ),
    ).toBeLessThan(0.05);
    expect(
      Math.abs(
        share(stories.map((s) => s.secondaryCareReferralAvoided)) -
          o.secondaryCareReferralAvoided.value,
      ),
    ).toBeLessThan(0.05);
  });

  it('refers people whose age and sex match the area’s registered list, cut to each pathway’s ages', () => {
    // The source: North Trafford's registered list by age band and sex (NORTH_TRAFFORD_AGE_SEX,
    // NHS Digital, docs/demo.md), cut to the ages each pathway draws from (NEED_AGES), ages
    // spread evenly within a band. Expected share of each band and sex among referred people =
    // Σ over pathways of (that pathway's share of referrals) × (the band's share of the cut
    // structure). Tolerance: three binomial standard errors plus half a point.
    const n = arrivals.length;
    const expected = new Map<string, number>();
    for (const need of NEED_PATHWAYS) {
      const { min, max } = NEED_AGES[need];
      const weight = arrivals.filter((a) => a.need === need).length / n;
      const cut = NORTH_TRAFFORD_AGE_SEX.flatMap((b) => {
        const lo = Math.max(b.minAge, min);
        const hi = Math.min(b.maxAge, max);
        if (lo > hi) return [];
        const kept = (hi - lo + 1) / (b.maxAge - b.minAge + 1);
        return [
          { key: `${b.band} male`, w: b.male * kept },
          { key: `${b.band} female`, w: b.female * kept },
        ];
      });
      const total = cut.reduce((s, c) => s + c.w, 0);
      for (const c of cut) expected.set(c.key, (expected.get(c.key) ?? 0) + (weight * c.w) / total);
    }
    const observed = new Map<string, number>();
    for (const a of arrivals) {
      const age = ageOn(a.answers.person.dateOfBirth, '2026-12-01');
      const band = NORTH_TRAFFORD_AGE_SEX.find((b) => age >= b.minAge && age <= b.maxAge);
      const key = `${band?.band ?? 'none'} ${a.answers.equality?.sex ?? 'unknown'}`;
      observed.set(key, (observed.get(key) ?? 0) + 1 / n);
    }
    expect([...observed.keys()].filter((k) => !expected.has(k))).toEqual([]);
    for (const [key, p] of expected) {
      const tolerance = 3 * Math.sqrt((p * (1 - p)) / n) + 0.005;
      expect(Math.abs((observed.get(key) ?? 0) - p), key).toBeLessThan(tolerance);
    }
    // Half or more of the referred are 65 or over: frailty, memory and much of daily living.
    expect(
      share(arrivals.map((a) => ageOn(a.answers.person.dateOfBirth, '2026-12-01') >= 65)),
    ).toBeGreaterThan(0.4);
  });
});

describe('arrivalKey', () => {
  it('gives a key of at least 8 characters (the requests table’s check) even for a short seed', () => {
    expect(arrivalKey('bench', 8)).toBe('bench/arrival/8');
    expect(arrivalKey('', 0).length).toBeGreaterThanOrEqual(8);
  });
});
