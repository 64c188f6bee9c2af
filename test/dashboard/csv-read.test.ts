import { describe, expect, it } from 'vitest';
import { readDate, readRecordsCsv } from '../../src/dashboard/your-data/csv-read.ts';

const subjects = [
  { id: '00000000-0000-4000-8000-000000000001', name: 'Sam', is_self: true },
  { id: '00000000-0000-4000-8000-000000000002', name: 'Luna', is_self: false },
  { id: '00000000-0000-4000-8000-000000000003', name: 'Zoë', is_self: false },
];
const zone = 'Europe/Berlin';
const now = new Date('2026-11-22T09:00:00Z');
const read = (text: string) => readRecordsCsv(text, subjects, zone, now);

describe('reading a spreadsheet of records', () => {
  it('reads a heading row in any order and any case, and each row into an exact record', () => {
    const { ready, refused } = read(
      'Notes,Value,Unit,Type,Name,Date\nAt the vet,4.2,kg,weight,luna,2026-03-12\n,,,vaccination,ZOE,12 March 2026\n',
    );
    expect(refused).toEqual([]);
    expect(ready).toHaveLength(2);
    expect(ready[0]?.line).toBe(2);
    expect(ready[0]?.record).toMatchObject({
      subject_id: subjects[1]?.id,
      type: 'weight',
      when: '2026-03-12',
      value_text: '4.2 kg',
      details: 'At the vet',
      confirm_duplicate: true,
    });
    expect(ready[0]?.shown).toMatchObject({ name: 'Luna', value: '4.2 kg', when: '2026-03-12' });
    expect(ready[1]?.record).toMatchObject({ subject_id: subjects[2]?.id, when: '2026-03-12' });
  });

  it('takes date, name, type, value, unit, notes in that order without a heading', () => {
    const { ready } = read('2026-11-20,me,weight,9 lbs 4 oz,,after breakfast\n');
    expect(ready[0]?.record).toMatchObject({
      subject_id: subjects[0]?.id,
      value_text: '9 lbs 4 oz',
    });
    // Shown as it will be stored: in kilograms.
    expect(ready[0]?.shown.value).toBe('4.196 kg');
  });

  it('reads semicolon files and converts units as createRecord will', () => {
    const { ready } = read(
      'date;name;type;value;unit\n2026-11-21 08:30;Luna;temperature;101.5;F\n',
    );
    expect(ready[0]?.record.when).toBe('2026-11-21T08:30:00.000+01:00');
    expect(ready[0]?.shown).toMatchObject({ when: '2026-11-21 08:30', value: '38.6 °C' });
  });

  it('refuses each row that cannot be created, with why', () => {
    const { ready, refused } = read(
      [
        'date,name,type,value,unit',
        '2026-11-20,Max,weight,4,kg',
        'someday soon-ish,Luna,weight,4,kg',
        '2026-02-30,Luna,weight,4,kg',
        '3/4/2026,Luna,weight,4,kg',
        '2026-11-20,Luna,weight,heavy,',
        '2026-11-20,Luna,weight,,',
        '2030-01-01,Luna,symptom,,',
        '2026-11-20,Luna,,,',
        '2026-11-20,Luna,symptom,,',
      ].join('\n'),
    );
    expect(ready.map((r) => r.line)).toEqual([10]);
    const why = Object.fromEntries(refused.map((r) => [r.line, r.reasons.join('; ')]));
    expect(why[2]).toMatch(/no person or pet is called “Max”/);
    expect(why[3]).toMatch(/cannot be read/);
    expect(why[4]).toMatch(/cannot be read/);
    expect(why[5]).toMatch(/could mean two days/);
    expect(why[6]).toMatch(/the value “heavy” cannot be read/);
    expect(why[7]).toMatch(/a weight needs its value/);
    expect(why[8]).toMatch(/in the future/);
    expect(why[9]).toMatch(/no type/);
    expect(refused[0]?.cells).toBe('2026-11-20, Max, weight, 4, kg');
  });

  it('says why a file cannot be read at all', () => {
    expect(read('').problem).toMatch(/no rows/);
    expect(read('date,name\n"unclosed,quote\n').problem).toMatch(/could not be read as CSV/);
  });

  it('reads dates in words relative to now, in the person’s zone', () => {
    expect(readDate('yesterday', zone, now)).toEqual({ text: '2026-11-21', shown: '2026-11-21' });
    expect(readDate('March 12, 2026', zone, now)).toEqual({
      text: '2026-03-12',
      shown: '2026-03-12',
    });
    expect(readDate('2026-11-21T23:30:00Z', zone, now)).toEqual({
      text: '2026-11-22T00:30:00.000+01:00',
      shown: '2026-11-22 00:30',
    });
  });
});
