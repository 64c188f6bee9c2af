import { HttpError } from '../http-error.ts';

/** A value beyond the stored numeric(14, 4), after any conversion: no real reading. */
export function valueOutOfRange(valueText: string, pointer: string): HttpError {
  return new HttpError({
    status: 422,
    code: 'value_out_of_range',
    title: 'Value out of range',
    detail: `${valueText} is beyond what Tend stores (less than 10 billion).`,
    hint: 'Check the number with the user; it is far larger than any real reading.',
    errors: [{ pointer, reason: 'is out of range' }],
  });
}

/** A weight without a unit: kg and lb are both likely, so Tend asks rather than guesses. */
export function unitRequired(echo: string, pointer: string, allowed: readonly string[]): HttpError {
  return new HttpError({
    status: 422,
    code: 'unit_required',
    title: 'Unit required',
    detail: `"${echo}" has no unit.`,
    hint: 'Ask the user whether it is kg or lb, then send the value with its unit.',
    errors: [{ pointer, reason: 'needs a unit such as kg or lb' }],
    extra: { allowed },
  });
}

/** docs/design.md §2: a weight in a unit Tend does not know, answered with the `allowed` ones. */
export function unknownWeightUnit(
  unit: string,
  pointer: string,
  allowed: readonly string[],
): HttpError {
  const listed = allowed.join(', ');
  return unknownUnit({
    detail: `"${unit}" is not a unit of weight Tend knows.`,
    hint: `Send the weight in one of ${listed}.`,
    pointer,
    reason: `must be one of ${listed}`,
    allowed,
  });
}

/** A temperature in anything but °C or °F. */
export function unknownTemperatureUnit(unit: string, pointer: string): HttpError {
  return unknownUnit({
    detail: `"${unit}" is not a unit of temperature.`,
    hint: 'Send the temperature in °C or °F.',
    pointer,
    reason: 'must be °C or °F',
    allowed: ['°C', '°F'],
  });
}

function unknownUnit(words: {
  detail: string;
  hint: string;
  pointer: string;
  reason: string;
  allowed: readonly string[];
}): HttpError {
  return new HttpError({
    status: 422,
    code: 'unknown_unit',
    title: 'Unknown unit',
    detail: words.detail,
    hint: words.hint,
    errors: [{ pointer: words.pointer, reason: words.reason }],
    extra: { allowed: words.allowed },
  });
}

/** Text that is not one number with a unit ("about 4 kg and rising"). */
export function unparseableValue(echo: string, pointer: string): HttpError {
  return new HttpError({
    status: 422,
    code: 'unparseable_value',
    title: 'Unparseable value',
    detail: `Could not read one number and unit from "${echo}".`,
    hint: 'Send one reading as value_text like "4.3 kg", "9 lbs 4 oz" or "38.5 °C"; put anything else in details.',
    errors: [{ pointer, reason: 'is not a value Tend understands' }],
  });
}

/** A next due date on a record type that has none (only vaccinations and medications do). */
export function nextDueNotApplicable(type: string, pointer: string): HttpError {
  return new HttpError({
    status: 422,
    code: 'next_due_not_applicable',
    title: 'Next due date not applicable',
    detail: `A ${type} record has no next due date.`,
    hint: 'Only vaccinations and medications take next_due; for anything else add a task with createTask.',
    errors: [{ pointer, reason: 'is only for vaccination and medication records' }],
  });
}

/** `create_reminder` on a record type that has no next due date to remind of. */
export function reminderNotApplicable(type: string): HttpError {
  return new HttpError({
    status: 422,
    code: 'reminder_not_applicable',
    title: 'Reminder not applicable',
    detail: `A ${type} record has no next due date to be reminded of.`,
    hint: 'Only vaccinations and medications take create_reminder; for anything else add a task with createTask.',
    errors: [
      {
        pointer: '/body/create_reminder',
        reason: 'is only for vaccination and medication records',
      },
    ],
  });
}

/** `create_reminder` without the next due date the reminder would be for. */
export function nextDueRequired(): HttpError {
  return new HttpError({
    status: 422,
    code: 'next_due_required',
    title: 'Next due date required',
    detail: 'A reminder needs the day the next dose or booster is due.',
    hint: 'Ask the user when the next one is due, then send the request again with next_due_text ("in 1 year") or next_due (YYYY-MM-DD) and create_reminder true.',
    errors: [{ pointer: '/body/next_due_text', reason: 'is required with create_reminder' }],
  });
}
