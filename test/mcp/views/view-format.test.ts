import { describe, expect, it } from 'vitest';
import { formatDue, relativeDays, signed } from '../../../src/mcp/views/app/format.ts';

describe('how the views write dates and changes', () => {
  it('reads a date-only task as its day, whatever time zone the host runs in', () => {
    const task = {
      due_at: '2026-11-23T00:00:00.000+01:00',
      due_date: '2026-11-23',
      due_date_only: true,
    };
    expect(formatDue(task, 'en-GB')).toBe('Mon 23 Nov');
  });

  it("gives a timed task the user's own clock time from due_at's offset", () => {
    const task = {
      due_at: '2026-11-23T17:00:00.000+01:00',
      due_date: '2026-11-23',
      due_date_only: false,
    };
    expect(formatDue(task, 'en-GB')).toBe('Mon 23 Nov, 17:00');
    expect(formatDue({ due_at: null, due_date: null, due_date_only: false })).toBeNull();
  });

  it('counts days between calendar dates in words', () => {
    expect(relativeDays('2026-11-22', '2026-11-22')).toBe('today');
    expect(relativeDays('2026-11-23', '2026-11-22')).toBe('tomorrow');
    expect(relativeDays('2026-12-17', '2026-11-22')).toBe('in 25 days');
    expect(relativeDays('2026-11-19', '2026-11-22')).toBe('3 days ago');
    // Across the end of summer time the count stays whole.
    expect(relativeDays('2026-10-26', '2026-10-24')).toBe('in 2 days');
  });

  it('signs a change with a real minus sign and its unit', () => {
    expect(signed(0.479, 'kg')).toBe('+0.479 kg');
    expect(signed(-0.2, 'kg')).toBe('−0.2 kg');
    expect(signed(0, null)).toBe('±0');
  });
});
