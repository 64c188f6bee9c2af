import { HttpError } from '../http-error.ts';

/** Words for how often a task repeats that Tend cannot read; `examples` are phrases it can. */
export function unknownRepeat(
  text: string,
  pointer: string,
  examples: readonly string[],
): HttpError {
  return new HttpError({
    status: 422,
    code: 'unknown_repeat',
    title: 'Unknown repeat',
    detail: `Could not read how often "${text}" repeats.`,
    hint: `Ask the user how often it repeats, then send repeat in words such as ${examples.map((e) => `"${e}"`).join(', ')}.`,
    errors: [{ pointer, reason: 'is not a repeat Tend understands' }],
  });
}
