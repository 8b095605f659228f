import { describe, expect, it } from 'vitest';
import type { DutyRota } from './crisis-types.js';
import { cliniciansFor, dutyRotaPath, onDuty, weekdaysFrom } from './duty-rota.js';

const practice = crypto.randomUUID();
const other = crypto.randomUUID();

describe('the duty rota week', () => {
  it('is Monday to Friday', () => {
    expect(weekdaysFrom('2026-11-30')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
    expect(dutyRotaPath('2026-11-30')).toBe('/api/duty-rota?from=2026-11-30&to=2026-12-04');
  });

  it('finds who is on duty, and offers every clinician listed plus whoever is on', () => {
    const rota: DutyRota = {
      practices: [{ id: practice, name: 'Riverside' }],
      clinicians: [
        { id: 'b', name: 'Zoe OT', practiceIds: [practice] },
        { id: 'a', name: 'Amy OT', practiceIds: [practice, other] },
        { id: 'c', name: 'Elsewhere', practiceIds: [other] },
      ],
      entries: [
        { practiceId: practice, date: '2026-11-30', userId: 'x', userName: 'Left the practice' },
        { practiceId: practice, date: '2026-12-01', userId: null },
      ],
    };
    const monday = onDuty(rota.entries ?? [], practice, '2026-11-30');
    expect(monday?.userId).toBe('x');
    expect(onDuty(rota.entries ?? [], practice, '2026-12-01')).toBeNull();
    expect(cliniciansFor(rota, monday).map((c) => c.name)).toEqual([
      'Amy OT',
      'Elsewhere',
      'Left the practice',
      'Zoe OT',
    ]);
    expect(cliniciansFor(rota, null).map((c) => c.id)).toEqual(['a', 'c', 'b']);
  });
});
