import { describe, expect, it } from 'vitest';
import { auditQuery, readAuditFilters, readAuditPage } from './audit-query.js';

describe('audit filters in the address', () => {
  it('reads every filter, blank when absent', () => {
    const filters = readAuditFilters(
      new URLSearchParams('from=2025-01-01&action=read&outcome=denied&other=x'),
    );
    expect(filters).toEqual({
      from: '2025-01-01',
      to: '',
      userId: '',
      action: 'read',
      resourceType: '',
      outcome: 'denied',
      nhsNumber: '',
      name: '',
      dateOfBirth: '',
    });
  });

  it('writes only the filters that are set, and the page after the first', () => {
    const filters = readAuditFilters(new URLSearchParams('to=2025-02-01&resourceType=+user+'));
    expect(auditQuery(filters)).toBe('to=2025-02-01&resourceType=user');
    expect(auditQuery(filters, 3)).toBe('to=2025-02-01&resourceType=user&page=3');
  });

  it.each([
    ['page=2', 2],
    ['', 1],
    ['page=0', 1],
    ['page=-1', 1],
    ['page=1.5', 1],
    ['page=abc', 1],
  ])('reads the page from %j as %i', (query, page) => {
    expect(readAuditPage(new URLSearchParams(query))).toBe(page);
  });
});
