import { describe, expect, it } from 'vitest';
import { mayIdentifyAuditSubjects } from './audit-subjects.js';

describe('who may learn whose record an audit event is about (issue 16 item 11)', () => {
  it('is administrators only', () => {
    expect(mayIdentifyAuditSubjects(['admin'])).toBe(true);
    expect(mayIdentifyAuditSubjects(['lead', 'admin'])).toBe(true);
    for (const role of ['ot', 'clinician', 'navigator', 'lead'] as const) {
      expect(mayIdentifyAuditSubjects([role])).toBe(false);
    }
  });
});
