import { lookupTable } from '../core/lookup-table.ts';
import { conflictingInputs, eachConflicts, valueRequired } from '../core/problems/input.ts';
import {
  unitRequired,
  unknownTemperatureUnit,
  unknownWeightUnit,
  unparseableValue,
  valueOutOfRange,
} from '../core/problems/records.ts';
import type { RecordType } from './normalize-type.ts';

export interface ValueInput {
  value?: number | null;
  unit?: string | null;
  value_text?: string | null;
}

/** A measured value as stored: weights in kg, temperatures in °C, others as given. */
export interface NormalizedValue {
  value: number;
  unit: string | null;
  metric: string | null;
  /** What the user gave, echoed back: "9 lbs 4 oz", "101.5 °F". */
  value_text: string;
}

const KG_PER = lookupTable<number>({
  kg: 1,
  kgs: 1,
  kilo: 1,
  kilos: 1,
  kilogram: 1,
  kilograms: 1,
  g: 0.001,
  gr: 0.001,
  gram: 0.001,
  grams: 0.001,
  lb: 0.45359237,
  lbs: 0.45359237,
  pound: 0.45359237,
  pounds: 0.45359237,
  oz: 0.028349523125,
  ounce: 0.028349523125,
  ounces: 0.028349523125,
  st: 6.35029318,
  stone: 6.35029318,
  stones: 6.35029318,
});
export const WEIGHT_UNITS = ['kg', 'g', 'lb', 'lbs', 'pound', 'pounds', 'oz', 'ounces', 'stone'];

const CELSIUS = /^(?:°|º|deg(?:rees?)?\s*)?\s*(?:c|celsius|centigrade)$/;
const FAHRENHEIT = /^(?:°|º|deg(?:rees?)?\s*)?\s*(?:f|fahrenheit)$/;

/**
 * Turns a value given as `value_text` ("9 lbs 4 oz", "4,3 kg", "101.5 F") or as
 * `value` + `unit` into the stored value. undefined when no value was given.
 */
export function normalizeValue(
  input: ValueInput,
  type: RecordType,
  metric: string | null,
): NormalizedValue | null | undefined {
  const normalized = convertValue(input, type, metric);
  // The column is numeric(14, 4): what a conversion (stones to kg) or value_text ("1e300
  // kg") makes larger is refused here, never by the database.
  if (normalized && !(Math.abs(normalized.value) < MAX_STORED_VALUE)) {
    const pointer = input.value_text !== undefined ? '/body/value_text' : '/body/value';
    throw valueOutOfRange(normalized.value_text, pointer);
  }
  return normalized;
}

/** numeric(14, 4) holds values below 10^10. */
const MAX_STORED_VALUE = 1e10;

function convertValue(
  input: ValueInput,
  type: RecordType,
  metric: string | null,
): NormalizedValue | null | undefined {
  const text = input.value_text;
  const hasNumber = input.value !== undefined || input.unit !== undefined;
  if (text !== undefined && hasNumber) {
    throw conflictingInputs({
      errors: eachConflicts(
        ['value_text', ...(input.value !== undefined ? ['value'] : ['unit'])],
        'value field',
      ),
      hint: 'Send the value once: value_text in the user’s words, or value with unit.',
    });
  }
  if (text === undefined && !hasNumber) return undefined;
  if (text === null || (text === undefined && input.value === null)) return null;
  let parts: Part[];
  let echo: string;
  let pointer: string;
  if (text !== undefined) {
    parts = parseParts(text);
    echo = text.trim();
    pointer = '/body/value_text';
  } else {
    if (input.value == null) {
      throw valueRequired({
        pointer: '/body/value',
        detail: 'A unit was given without a value.',
        hint: 'Send value with unit, or the whole reading as value_text ("4.3 kg").',
        reason: 'is required with unit',
      });
    }
    const unit = input.unit?.trim() ?? '';
    parts = [{ amount: input.value, unit: unit.toLowerCase(), raw: unit }];
    echo = unit ? `${input.value} ${unit}` : String(input.value);
    pointer = '/body/unit';
  }
  if (type === 'weight' || metric === 'weight') return toKilograms(parts, echo, pointer);
  if (metric === 'temperature' || parts.some((p) => isTemperatureUnit(p.unit))) {
    return toCelsius(parts, echo, pointer);
  }
  if (parts.length !== 1) throw unparseableValue(echo, pointer);
  const [only] = parts as [Part];
  return { value: only.amount, unit: only.raw || null, metric, value_text: echo };
}

interface Part {
  amount: number;
  /** Lower case, for matching. */
  unit: string;
  /** As written, for storing a free unit. */
  raw: string;
}

const PART = /(-?\d+(?:[.,]\d+)?)\s*([^\d-]*)/g;

export function parseParts(text: string): Part[] {
  const trimmed = text.trim();
  if (!/^-?\d/.test(trimmed)) return [];
  return [...trimmed.matchAll(PART)].map((m) => {
    const raw = (m[2] ?? '').replace(/\b(?:and)\b|[,;+&]/g, ' ').trim();
    return { amount: Number((m[1] as string).replace(',', '.')), unit: raw.toLowerCase(), raw };
  });
}

function toKilograms(parts: Part[], echo: string, pointer: string): NormalizedValue {
  if (parts.length === 0) throw unparseableValue(echo, pointer);
  let kg = 0;
  for (const part of parts) {
    const factor = KG_PER[part.unit.replace(/\.$/, '')];
    if (part.unit === '') {
      throw unitRequired(echo, pointer, WEIGHT_UNITS);
    }
    if (factor === undefined) {
      throw unknownWeightUnit(part.raw, pointer, WEIGHT_UNITS);
    }
    kg += part.amount * factor;
  }
  return { value: round(kg, 3), unit: 'kg', metric: 'weight', value_text: echo };
}

function toCelsius(parts: Part[], echo: string, pointer: string): NormalizedValue {
  if (parts.length !== 1) throw unparseableValue(echo, pointer);
  const [{ amount, unit }] = parts as [Part];
  // Without a unit, a body temperature above 50 can only be Fahrenheit.
  const fahrenheit = FAHRENHEIT.test(unit) || (unit === '' && amount > 50);
  if (!fahrenheit && unit !== '' && !CELSIUS.test(unit)) {
    throw unknownTemperatureUnit(unit, pointer);
  }
  const celsius = fahrenheit ? round(((amount - 32) * 5) / 9, 1) : amount;
  return { value: celsius, unit: '°C', metric: 'temperature', value_text: echo };
}

function isTemperatureUnit(unit: string): boolean {
  return CELSIUS.test(unit) || FAHRENHEIT.test(unit);
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
