import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POPULATION_PER_SESSION,
  SESSIONS_PER_WTE,
  STAFFING_NORM_SOURCE,
  parseListSizeCsv,
  practiceAgainstNorm,
  staffingNormTable,
  type StaffingNormPracticeInput,
} from './staffing-norm.js';

let n = 0;
function practice(overrides: Partial<StaffingNormPracticeInput> = {}): StaffingNormPracticeInput {
  n += 1;
  return {
    organisationId: `practice-${String(n)}`,
    name: `Practice ${String(n)}`,
    odsCode: null,
    pcnId: 'pcn-a',
    pcnName: 'PCN A',
    listSize: 5000,
    sessionsDelivered: 0,
    ...overrides,
  };
}

describe('the norm and its source (seed 000)', () => {
  it('is one session per 5,000 registered population, quoted from RCOT', () => {
    expect(DEFAULT_POPULATION_PER_SESSION).toBe(5000);
    expect(STAFFING_NORM_SOURCE.quote).toContain('at least one session per 5000 population');
    expect(SESSIONS_PER_WTE).toBe(10);
  });
});

describe('practiceAgainstNorm (hand-worked)', () => {
  it('a practice of 12,000 needs 12,000 / 5,000 = 2.4 sessions; with 1 delivered the gap is 1.4 sessions = 1.4 / 10 = 0.14 WTE', () => {
    const row = practiceAgainstNorm(practice({ listSize: 12000, sessionsDelivered: 1 }));
    expect(row.sessionsNeeded).toBe(2.4);
    expect(row.gapSessions).toBe(1.4);
    expect(row.gapWte).toBe(0.14);
    expect(row.practicesMeetingNorm).toBe(0);
    expect(row.practicesWithSessions).toBe(1);
  });

  it('needs are proportional, not rounded up to whole sessions: 3,000 needs 0.6', () => {
    expect(practiceAgainstNorm(practice({ listSize: 3000 })).sessionsNeeded).toBe(0.6);
  });

  it('rounds half up to two decimals: 7,930 (the median English practice) needs 1.586 → 1.59; gap WTE 0.159 → 0.16', () => {
    const row = practiceAgainstNorm(practice({ listSize: 7930 }));
    expect(row.sessionsNeeded).toBe(1.59);
    expect(row.gapSessions).toBe(1.59);
    expect(row.gapWte).toBe(0.16);
  });

  it('a practice above the norm has no gap (never negative): 4,000 needs 0.8, 2 delivered → gap 0', () => {
    const row = practiceAgainstNorm(practice({ listSize: 4000, sessionsDelivered: 2 }));
    expect(row.gapSessions).toBe(0);
    expect(row.gapWte).toBe(0);
    expect(row.practicesMeetingNorm).toBe(1);
  });

  it('an unknown list size is unknown need and gap, never zero', () => {
    const row = practiceAgainstNorm(practice({ listSize: null, sessionsDelivered: 1.5 }));
    expect(row.listSize).toBeNull();
    expect(row.sessionsNeeded).toBeNull();
    expect(row.gapSessions).toBeNull();
    expect(row.gapWte).toBeNull();
    expect(row.unknownListSize).toBe(1);
    expect(row.sessionsDelivered).toBe(1.5);
  });

  it('takes a configured norm: 12,000 at one session per 4,000 needs 3', () => {
    expect(practiceAgainstNorm(practice({ listSize: 12000 }), 4000).sessionsNeeded).toBe(3);
  });
});

describe('staffingNormTable (hand-worked)', () => {
  it('sums practice gaps per PCN and for the service, a surplus never cancelling a gap, and leaves unknown list sizes out', () => {
    // PCN A: Alder 12,000 with 1 → need 2.4, gap 1.4; Birch 4,000 with 2 → need 0.8, gap 0;
    //        Cedar (unknown) with 0.5 → counted apart.
    // PCN A totals: population 16,000; delivered 1 + 2 + 0.5 = 3.5; need 3.2; gap 1.4 (not
    //        3.2 − 3.5 < 0); WTE 0.14.
    // PCN B: Dale 6,500 with 0 → need 1.3, gap 1.3, WTE 0.13.
    // No PCN: Elm 2,500 with 0 → need 0.5, gap 0.5, WTE 0.05.
    // Service: population 25,000; delivered 3.5; need 5; gap 3.2; WTE 0.32.
    const table = staffingNormTable([
      practice({ name: 'Birch', listSize: 4000, sessionsDelivered: 2 }),
      practice({ name: 'Alder', listSize: 12000, sessionsDelivered: 1 }),
      practice({ name: 'Cedar', listSize: null, sessionsDelivered: 0.5 }),
      practice({ name: 'Elm', pcnId: null, pcnName: null, listSize: 2500 }),
      practice({ name: 'Dale', pcnId: 'pcn-b', pcnName: 'PCN B', listSize: 6500 }),
    ]);
    expect(table.populationPerSession).toBe(5000);
    expect(table.sessionsPerWte).toBe(10);
    expect(table.pcns.map((p) => p.pcnName)).toEqual(['PCN A', 'PCN B', null]);
    const [a, b, none] = table.pcns;
    expect(a?.practices.map((p) => [p.name, p.gapSessions])).toEqual([
      ['Alder', 1.4],
      ['Birch', 0],
      ['Cedar', null],
    ]);
    expect(a?.totals).toEqual({
      practices: 3,
      unknownListSize: 1,
      listSize: 16000,
      sessionsDelivered: 3.5,
      sessionsNeeded: 3.2,
      gapSessions: 1.4,
      gapWte: 0.14,
      practicesMeetingNorm: 1,
      practicesWithSessions: 3,
    });
    expect(b?.totals.gapSessions).toBe(1.3);
    expect(none?.totals.gapWte).toBe(0.05);
    expect(table.service).toEqual({
      practices: 5,
      unknownListSize: 1,
      listSize: 25000,
      sessionsDelivered: 3.5,
      sessionsNeeded: 5,
      gapSessions: 3.2,
      gapWte: 0.32,
      practicesMeetingNorm: 1,
      practicesWithSessions: 3,
    });
  });

  it('a PCN whose practices all lack a list size has an unknown population, need and gap', () => {
    const table = staffingNormTable([practice({ listSize: null }), practice({ listSize: null })]);
    expect(table.service.listSize).toBeNull();
    expect(table.service.gapSessions).toBeNull();
    expect(table.service.unknownListSize).toBe(2);
  });

  it('adds in hundredths, so ten practices of 0.1 gap sum to exactly 1', () => {
    const table = staffingNormTable(Array.from({ length: 10 }, () => practice({ listSize: 500 })));
    expect(table.service.gapSessions).toBe(1);
    expect(table.service.gapWte).toBe(0.1);
  });

  it('refuses a norm that is not a positive population', () => {
    expect(() => staffingNormTable([], 0)).toThrow(RangeError);
  });
});

describe('parseListSizeCsv (registered populations outside England)', () => {
  it('reads ods_code and list_size, or NHS Digital’s CODE and NUMBER_OF_PATIENTS, in any order', () => {
    expect(parseListSizeCsv('name,ods_code,list_size\r\n"Bro, Taf",W95010,"8,412"\n\n')).toEqual({
      rows: [{ odsCode: 'W95010', listSize: 8412 }],
      problems: [],
    });
    expect(parseListSizeCsv('\uFEFFCODE,NUMBER_OF_PATIENTS\nw95011,0').rows).toEqual([
      { odsCode: 'W95011', listSize: 0 },
    ]);
  });

  it('reports a bad line by number, never reading a blank size as zero', () => {
    expect(
      parseListSizeCsv('ods_code,list_size\nW95010,\nbad code,100\nW95012,-4\nW95013,12.5')
        .problems,
    ).toEqual([
      { line: 2, message: 'The list size is not a whole number' },
      { line: 3, message: 'Not an ODS code' },
      { line: 4, message: 'The list size is not a whole number' },
      { line: 5, message: 'The list size is not a whole number' },
    ]);
    expect(parseListSizeCsv('practice,patients\nA,1').problems).toHaveLength(1);
  });
});
