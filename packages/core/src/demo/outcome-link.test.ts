import { describe, expect, it } from 'vitest';
import { scoreQuestionnaire, validateQuestionnaire } from '../instruments/questionnaire-answers.js';
import { midwayAnswers, outcomeLinkPlan, OUTCOME_LINK_KINDS } from './outcome-link.js';
import { Random } from './random.js';
import { DEFAULT_PARAMETERS, NEED_PATHWAYS } from './service-parameters.js';
import type { Measures } from './simulator.js';

const measures = (over: Partial<Measures> = {}): Measures => ({
  eq5d: { mobility: 2, selfCare: 1, usualActivities: 3, painDiscomfort: 2, anxietyDepression: 3 },
  vas: 55,
  phq9: [3, 3, 2, 2, 2, 2, 2, 1, 0],
  gad7: [3, 2, 2, 2, 1, 1, 1],
  workStatus: 'sick_leave_fit_note',
  adjustments: false,
  was: 3,
  cfs: 6,
  copmPerformance: 4,
  copmSatisfaction: 3,
  sixCitAddressErrors: 2,
  ...over,
});

const first = measures();
const last = measures({
  phq9: [1, 1, 0, 1, 0, 1, 0, 0, 0],
  gad7: [1, 0, 1, 0, 0, 1, 0],
  was: 7,
  workStatus: 'in_work',
});

describe('outcome questionnaires by link between sessions', () => {
  it('answers halfway, item by item, in answers the questionnaire accepts and scores', () => {
    const answers = midwayAnswers(['phq9', 'gad7', 'work_ability'], first, last);
    // PHQ-9 items: round((3+1)/2)=2, round(2)=2, 1, round(1.5)=2, 1, round(1.5)=2, 1, round(0.5)=1, 0
    // → total 12, between the first (17) and the last (4). GAD-7: 2, 1, 2, 1, 1, 1, 1 → 9 (12 → 3).
    expect(answers.phq9).toEqual({ q1: 2, q2: 2, q3: 1, q4: 2, q5: 1, q6: 2, q7: 1, q8: 1, q9: 0 });
    expect(answers.gad7).toEqual({ q1: 2, q2: 1, q3: 2, q4: 1, q5: 1, q6: 1, q7: 1 });
    // Work ability midway: round((3 + 7) / 2) = 5; work status as at the start.
    expect(answers.work_ability).toEqual({ workStatus: 'sick_leave_fit_note', workAbility: 5 });
    for (const kind of ['phq9', 'gad7', 'work_ability'] as const) {
      const checked = validateQuestionnaire(kind, answers[kind]);
      expect(checked.ok, kind).toBe(true);
    }
    expect(scoreQuestionnaire('phq9', answers.phq9 as never)).toMatchObject({ total: 12 });
    expect(scoreQuestionnaire('gad7', answers.gad7 as never)).toMatchObject({ total: 9 });
  });

  it('is sent only on the mental-health and work pathways, with a second session to inform', () => {
    for (const need of NEED_PATHWAYS) {
      const plans = Array.from({ length: 200 }, (_, i) =>
        outcomeLinkPlan(new Random(`link/${need}/${String(i)}`), DEFAULT_PARAMETERS, need, {
          sessions: 4,
          first,
          last,
        }),
      );
      if (OUTCOME_LINK_KINDS[need])
        expect(
          plans.some((p) => p !== null),
          need,
        ).toBe(true);
      else
        expect(
          plans.every((p) => p === null),
          need,
        ).toBe(true);
    }
    const short = outcomeLinkPlan(new Random('short'), DEFAULT_PARAMETERS, 'mental_health', {
      sessions: 2,
      first,
      last,
    });
    expect(short).toBeNull();
  });

  it('is sent to and answered by the shares the parameters set, answered before the next session', () => {
    const plans = Array.from({ length: 4000 }, (_, i) =>
      outcomeLinkPlan(new Random(`rate/${String(i)}`), DEFAULT_PARAMETERS, 'mental_health', {
        sessions: 5,
        first,
        last,
      }),
    );
    const sent = plans.filter((p) => p !== null);
    // 4,000 draws: the standard error of a share near 0.5 is about 0.008, so ±0.03 is ~4 SE.
    expect(
      Math.abs(sent.length / plans.length - DEFAULT_PARAMETERS.record.outcomeLinkSent.value),
    ).toBeLessThan(0.03);
    const answered = sent.filter((p) => p.answers !== null).length / sent.length;
    expect(Math.abs(answered - DEFAULT_PARAMETERS.record.outcomeLinkAnswered.value)).toBeLessThan(
      0.04,
    );
    // Sessions are at least daysBetweenSessions.min (5) days apart; answers come 1 to 4 days on.
    expect(
      sent.every(
        (p) =>
          p.answerAfterDays >= 1 && p.answerAfterDays < DEFAULT_PARAMETERS.daysBetweenSessions.min,
      ),
    ).toBe(true);
    expect(sent.every((p) => p.kinds.join() === 'phq9,gad7')).toBe(true);
  });

  it('draws the same plan from the same stream', () => {
    const plan = () =>
      outcomeLinkPlan(new Random('same'), DEFAULT_PARAMETERS, 'work', { sessions: 3, first, last });
    expect(plan()).toEqual(plan());
  });
});
