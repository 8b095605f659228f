import { describe, expect, it } from 'vitest';
import type { AssessmentValues } from './assessment-values.js';
import { newAssessmentValues, readStage } from './assessment-values.js';
import type { AssessmentContext } from './read-assessment.js';
import { formPathOfSent, readAssessment } from './read-assessment.js';

const today = '2026-11-03';
const mood: AssessmentContext = {
  pathway: 'mental_health',
  stage: 'initial',
  sections: ['phq9', 'gad7', 'eq5d5l', 'copm'],
  today,
};

function moodValues(): AssessmentValues {
  const v = newAssessmentValues(today);
  v.phq9.items = ['1', '2', '1', '2', '0', '1', '1', '0', '1'];
  v.gad7.items = ['1', '1', '2', '1', '0', '0', '1'];
  v.eq5d5l.profile = {
    mobility: '1',
    selfCare: '1',
    usualActivities: '2',
    painDiscomfort: '2',
    anxietyDepression: '3',
  };
  v.eq5d5l.vas = '65';
  return v;
}

const paths = (result: ReturnType<typeof readAssessment>): string[] =>
  result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`);

describe('reading the assessment form', () => {
  it('makes AssessmentData of the sections answered, leaving the others out', () => {
    const values = moodValues();
    values.notes = '  Low mood since the summer. ';
    const result = readAssessment(values, mood);
    expect(result).toEqual({
      ok: true,
      data: {
        stage: 'initial',
        assessedOn: today,
        notes: 'Low mood since the summer.',
        phq9: { items: [1, 2, 1, 2, 0, 1, 1, 0, 1] },
        gad7: { items: [1, 1, 2, 1, 0, 0, 1] },
        eq5d5l: {
          profile: {
            mobility: 1,
            selfCare: 1,
            usualActivities: 2,
            painDiscomfort: 2,
            anxietyDepression: 3,
          },
          vas: 65,
          valueSet: 'UK_5L_2026',
          sex: null,
        },
      },
    });
  });

  it('asks for the sections the template requires on an initial assessment', () => {
    expect(paths(readAssessment(newAssessmentValues(today), mood))).toEqual([
      'phq9:section_required',
      'gad7:section_required',
      'eq5d5l:section_required',
    ]);
  });

  it('asks only for EQ-5D-5L at discharge, and nothing at a review', () => {
    const blank = newAssessmentValues(today);
    expect(paths(readAssessment(blank, { ...mood, stage: 'discharge' }))).toEqual([
      'eq5d5l:section_required',
    ]);
    expect(readAssessment(blank, { ...mood, stage: 'review' }).ok).toBe(true);
  });

  it('names each unanswered item of a section that was started', () => {
    const values = moodValues();
    values.phq9.items[8] = '';
    values.gad7.items = ['1', '', '', '', '', '', ''];
    expect(paths(readAssessment(values, mood))).toEqual([
      'phq9.items.8:required',
      'gad7.items.1:required',
      'gad7.items.2:required',
      'gad7.items.3:required',
      'gad7.items.4:required',
      'gad7.items.5:required',
      'gad7.items.6:required',
    ]);
  });

  it('checks number ranges and whole numbers', () => {
    const values = moodValues();
    values.eq5d5l.vas = '101';
    values.copm.problems[0] = {
      problem: 'Cooking',
      importance: '11',
      performance: '3.5',
      satisfaction: '0',
    };
    expect(paths(readAssessment(values, mood))).toEqual([
      'eq5d5l.vas:out_of_range',
      'copm.problems.0.importance:out_of_range',
      'copm.problems.0.performance:not_whole',
      'copm.problems.0.satisfaction:out_of_range',
    ]);
  });

  it('needs the person’s sex for the NICE DSU mapping only', () => {
    const values = moodValues();
    values.eq5d5l.valueSet = 'NICE_DSU_5L_TO_3L';
    expect(paths(readAssessment(values, mood))).toEqual(['eq5d5l.sex:required']);
    values.eq5d5l.sex = 'female';
    const result = readAssessment(values, mood);
    expect(result.ok && result.data.eq5d5l?.sex).toBe('female');
  });

  it('refuses an assessment dated after today', () => {
    const values = moodValues();
    values.assessedOn = { day: '4', month: '11', year: '2026' };
    expect(paths(readAssessment(values, mood))).toEqual(['assessedOn:date_in_future']);
  });

  it('reads the memory sections: 6CIT answers, Mini-Cog, blood tests and referral', () => {
    const values = newAssessmentValues(today);
    values.sixCit = {
      yearCorrect: 'yes',
      monthCorrect: 'no',
      timeCorrect: 'yes',
      countBackErrors: '1',
      monthsReverseErrors: '2',
      addressErrors: '3',
    };
    values.miniCog = { wordsRecalled: '2', clockNormal: 'no' };
    values.bloodTests = { requested: 'yes', which: '' };
    values.memoryClinic = { referred: 'no', notes: '' };
    const context: AssessmentContext = {
      pathway: 'memory',
      stage: 'review',
      sections: ['sixCit', 'miniCog', 'bloodTests', 'memoryClinic', 'eq5d5l', 'copm'],
      today,
    };
    expect(paths(readAssessment(values, context))).toEqual(['bloodTests.which:required']);
    values.bloodTests.which = 'B12, folate, TSH';
    const result = readAssessment(values, context);
    expect(result.ok && result.data).toMatchObject({
      sixCit: {
        yearCorrect: true,
        monthCorrect: false,
        timeCorrect: true,
        countBackErrors: 1,
        monthsReverseErrors: 2,
        addressErrors: 3,
      },
      miniCog: { wordsRecalled: 2, clockNormal: false },
      bloodTests: { requested: true, which: 'B12, folate, TSH' },
      memoryClinic: { referred: false, notes: '' },
    });
  });

  it('reads frailty sections: CFS, falls, home hazards in their set order, eFI', () => {
    const values = newAssessmentValues(today);
    values.cfs.level = '5';
    values.falls = { count: '2', injured: 'yes', fearOfFalling: 'no' };
    values.home.hazards = ['lighting', 'stairs'];
    values.efi = { deficits: '9', importedOn: { day: '1', month: '10', year: '2026' } };
    const result = readAssessment(values, {
      pathway: 'frailty_falls',
      stage: 'review',
      sections: ['cfs', 'falls', 'home', 'efi', 'eq5d5l', 'copm'],
      today,
    });
    expect(result.ok && result.data).toMatchObject({
      cfs: { level: 5 },
      falls: { count: 2, injured: true, fearOfFalling: false },
      home: { hazards: ['stairs', 'lighting'], equipment: '', notes: '' },
      efi: { deficits: 9, importedOn: '2026-10-01' },
    });
  });

  it('leaves out sections the template does not show', () => {
    const values = moodValues();
    values.cfs.level = '4';
    const result = readAssessment(values, mood);
    expect(result.ok && 'cfs' in result.data).toBe(false);
  });
});

describe('server paths of COPM rows', () => {
  it('maps the server’s row to the form row it came from, blank rows skipped', () => {
    const values = newAssessmentValues(today);
    values.copm.problems[1] = {
      problem: 'Bathing',
      importance: '8',
      performance: '3',
      satisfaction: '2',
    };
    values.copm.problems[3] = {
      problem: 'Shopping',
      importance: '6',
      performance: '4',
      satisfaction: '4',
    };
    expect(formPathOfSent('data.copm.problems.1.importance', values)).toBe(
      'copm.problems.3.importance',
    );
    expect(formPathOfSent('data.phq9.items.8', values)).toBe('data.phq9.items.8');
  });
});

describe('the stage from the address', () => {
  it('is initial unless it says review or discharge', () => {
    expect(readStage('review')).toBe('review');
    expect(readStage('discharge')).toBe('discharge');
    expect(readStage(null)).toBe('initial');
    expect(readStage('other')).toBe('initial');
  });
});

describe('a reassessment starts from the first COPM problems (issue 16 item 9)', () => {
  it('fills the problem and importance of each carried problem, leaving the ratings to be given again', () => {
    const values = newAssessmentValues(today, [
      { problem: 'Dressing', importance: 9 },
      { problem: 'Cooking', importance: 7 },
    ]);
    expect(values.copm.problems.slice(0, 3)).toEqual([
      { problem: 'Dressing', importance: '9', performance: '', satisfaction: '', carried: true },
      { problem: 'Cooking', importance: '7', performance: '', satisfaction: '', carried: true },
      { problem: '', importance: '', performance: '', satisfaction: '' },
    ]);
    expect(values.copm.problems).toHaveLength(5);
  });

  it('leaves carried problems out unless they are rated again, and reads those that are', () => {
    const context: AssessmentContext = { ...mood, stage: 'discharge', sections: ['copm'] };
    const values = newAssessmentValues(today, [
      { problem: 'Dressing', importance: 9 },
      { problem: 'Cooking', importance: 7 },
    ]);
    expect(paths(readAssessment(values, context))).toEqual([]);
    const first = values.copm.problems[0];
    if (first) Object.assign(first, { performance: '6', satisfaction: '5' });
    const read = readAssessment(values, context);
    expect(read.ok && read.data.copm).toEqual({
      problems: [{ problem: 'Dressing', importance: 9, performance: 6, satisfaction: 5 }],
    });
  });
});
