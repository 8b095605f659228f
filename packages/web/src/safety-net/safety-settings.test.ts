import { describe, expect, it } from 'vitest';
import { checkSettings, leadCandidates } from './safety-settings.js';

const form = { safeguardingLeadUserId: '', acknowledgeWithinMinutes: '60', practiceEmail: '' };

describe('checkSettings', () => {
  it('sends a whole number of minutes, no lead as null and no email as null', () => {
    expect(checkSettings(form)).toEqual({
      ok: true,
      body: { safeguardingLeadUserId: null, acknowledgeWithinMinutes: 60, practiceEmail: null },
    });
    expect(
      checkSettings({
        safeguardingLeadUserId: 'u1',
        acknowledgeWithinMinutes: ' 5 ',
        practiceEmail: ' a@b.nhs.uk ',
      }),
    ).toEqual({
      ok: true,
      body: {
        safeguardingLeadUserId: 'u1',
        acknowledgeWithinMinutes: 5,
        practiceEmail: 'a@b.nhs.uk',
      },
    });
  });

  it('refuses minutes outside 5 to 480, not whole or missing, and a malformed email', () => {
    const codes = (minutes: string, email = '') => {
      const result = checkSettings({
        ...form,
        acknowledgeWithinMinutes: minutes,
        practiceEmail: email,
      });
      return result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`);
    };
    expect(codes('4')).toEqual(['acknowledgeWithinMinutes:out_of_range']);
    expect(codes('481')).toEqual(['acknowledgeWithinMinutes:out_of_range']);
    expect(codes('480')).toEqual([]);
    expect(codes('7.5')).toEqual(['acknowledgeWithinMinutes:not_whole']);
    expect(codes('')).toEqual(['acknowledgeWithinMinutes:required']);
    expect(codes('60', 'not an email')).toEqual(['practiceEmail:invalid_email']);
  });
});

describe('leadCandidates', () => {
  it('offers everyone the API lists, by name', () => {
    expect(
      leadCandidates({
        users: [
          { id: '2', name: 'Zed' },
          { id: '1', name: 'Ann' },
        ],
      }).map((u) => u.name),
    ).toEqual(['Ann', 'Zed']);
  });
});
