import { describe, expect, it } from 'vitest';
import type { RecordType } from '../../src/records/normalize-type.ts';
import { normalizeValue, type ValueInput } from '../../src/records/normalize-value.ts';

const cases: {
  name: string;
  type: RecordType;
  metric?: string;
  given: ValueInput;
  want: { value: number; unit: string | null; metric: string | null; value_text: string };
}[] = [
  {
    name: '4.3 kg',
    type: 'weight',
    given: { value_text: '4.3 kg' },
    want: { value: 4.3, unit: 'kg', metric: 'weight', value_text: '4.3 kg' },
  },
  {
    name: '4,3kg (decimal comma)',
    type: 'weight',
    given: { value_text: '4,3kg' },
    want: { value: 4.3, unit: 'kg', metric: 'weight', value_text: '4,3kg' },
  },
  {
    name: '9 lbs',
    type: 'weight',
    given: { value_text: '9 lbs' },
    want: { value: 4.082, unit: 'kg', metric: 'weight', value_text: '9 lbs' },
  },
  {
    name: '9 lbs 4 oz',
    type: 'weight',
    given: { value_text: '9 lbs 4 oz' },
    want: { value: 4.196, unit: 'kg', metric: 'weight', value_text: '9 lbs 4 oz' },
  },
  {
    name: '9 lb and 4 oz',
    type: 'weight',
    given: { value_text: '9 lb and 4 oz' },
    want: { value: 4.196, unit: 'kg', metric: 'weight', value_text: '9 lb and 4 oz' },
  },
  {
    name: '12 pounds',
    type: 'weight',
    given: { value_text: '12 pounds' },
    want: { value: 5.443, unit: 'kg', metric: 'weight', value_text: '12 pounds' },
  },
  {
    name: '1 pound',
    type: 'weight',
    given: { value_text: '1 pound' },
    want: { value: 0.454, unit: 'kg', metric: 'weight', value_text: '1 pound' },
  },
  {
    name: '850 g',
    type: 'weight',
    given: { value_text: '850 g' },
    want: { value: 0.85, unit: 'kg', metric: 'weight', value_text: '850 g' },
  },
  {
    name: '850 grams',
    type: 'weight',
    given: { value_text: '850 grams' },
    want: { value: 0.85, unit: 'kg', metric: 'weight', value_text: '850 grams' },
  },
  {
    name: '1 kg 200 g',
    type: 'weight',
    given: { value_text: '1 kg 200 g' },
    want: { value: 1.2, unit: 'kg', metric: 'weight', value_text: '1 kg 200 g' },
  },
  {
    name: '6 oz',
    type: 'weight',
    given: { value_text: '6 oz' },
    want: { value: 0.17, unit: 'kg', metric: 'weight', value_text: '6 oz' },
  },
  {
    name: '11 stone',
    type: 'weight',
    given: { value_text: '11 stone' },
    want: { value: 69.853, unit: 'kg', metric: 'weight', value_text: '11 stone' },
  },
  {
    name: 'value 9.5 unit lb',
    type: 'weight',
    given: { value: 9.5, unit: 'lb' },
    want: { value: 4.309, unit: 'kg', metric: 'weight', value_text: '9.5 lb' },
  },
  {
    name: 'value 4.3 unit KG',
    type: 'weight',
    given: { value: 4.3, unit: 'KG' },
    want: { value: 4.3, unit: 'kg', metric: 'weight', value_text: '4.3 KG' },
  },
  {
    name: '101.5 F',
    type: 'measurement',
    metric: 'temperature',
    given: { value_text: '101.5 F' },
    want: { value: 38.6, unit: '°C', metric: 'temperature', value_text: '101.5 F' },
  },
  {
    name: '101.5°F without a metric',
    type: 'symptom',
    given: { value_text: '101.5°F' },
    want: { value: 38.6, unit: '°C', metric: 'temperature', value_text: '101.5°F' },
  },
  {
    name: '38.2 °C',
    type: 'measurement',
    metric: 'temperature',
    given: { value_text: '38.2 °C' },
    want: { value: 38.2, unit: '°C', metric: 'temperature', value_text: '38.2 °C' },
  },
  {
    name: '39 degrees celsius',
    type: 'measurement',
    metric: 'temperature',
    given: { value_text: '39 degrees celsius' },
    want: { value: 39, unit: '°C', metric: 'temperature', value_text: '39 degrees celsius' },
  },
  {
    name: '100.4 fahrenheit',
    type: 'measurement',
    metric: 'temperature',
    given: { value: 100.4, unit: 'fahrenheit' },
    want: { value: 38, unit: '°C', metric: 'temperature', value_text: '100.4 fahrenheit' },
  },
  {
    name: 'temperature 102 without unit is °F',
    type: 'measurement',
    metric: 'temperature',
    given: { value: 102 },
    want: { value: 38.9, unit: '°C', metric: 'temperature', value_text: '102' },
  },
  {
    name: 'temperature 37.5 without unit is °C',
    type: 'measurement',
    metric: 'temperature',
    given: { value: 37.5 },
    want: { value: 37.5, unit: '°C', metric: 'temperature', value_text: '37.5' },
  },
  {
    name: 'height keeps cm',
    type: 'measurement',
    metric: 'height',
    given: { value_text: '52 cm' },
    want: { value: 52, unit: 'cm', metric: 'height', value_text: '52 cm' },
  },
  {
    name: 'glucose keeps mg/dL',
    type: 'measurement',
    metric: 'blood_glucose',
    given: { value: 95, unit: 'mg/dL' },
    want: { value: 95, unit: 'mg/dL', metric: 'blood_glucose', value_text: '95 mg/dL' },
  },
  {
    name: 'a dose keeps mg',
    type: 'medication',
    given: { value_text: '5 mg' },
    want: { value: 5, unit: 'mg', metric: null, value_text: '5 mg' },
  },
];

describe('values and units', () => {
  it.each(cases)('stores $name and echoes it', ({ type, metric, given, want }) => {
    expect(normalizeValue(given, type, metric ?? null)).toEqual(want);
  });

  it('leaves the value alone when none is given, and null clears it', () => {
    expect(normalizeValue({}, 'weight', null)).toBeUndefined();
    expect(normalizeValue({ value_text: null }, 'weight', null)).toBeNull();
  });

  it.each([
    {
      name: 'a weight without a unit',
      type: 'weight' as const,
      given: { value_text: '9' },
      code: 'unit_required',
    },
    {
      name: 'a weight in bananas',
      type: 'weight' as const,
      given: { value_text: '3 bananas' },
      code: 'unknown_unit',
    },
    {
      name: 'words that are no value',
      type: 'weight' as const,
      given: { value_text: 'heavy' },
      code: 'unparseable_value',
    },
    {
      name: 'two readings of a height',
      type: 'measurement' as const,
      given: { value_text: '120/80 mmHg' },
      code: 'unparseable_value',
    },
    {
      name: 'value_text and value together',
      type: 'weight' as const,
      given: { value_text: '4 kg', value: 4 },
      code: 'conflicting_inputs',
    },
    {
      name: 'a unit without a value',
      type: 'weight' as const,
      given: { unit: 'kg' },
      code: 'value_required',
    },
  ])('refuses $name with $code', ({ type, given, code }) => {
    expect(() => normalizeValue(given, type, null)).toThrow(
      expect.objectContaining({ status: 422, code }),
    );
  });
});
