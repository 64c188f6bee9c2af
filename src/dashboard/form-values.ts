import type { Request } from 'express';
import { field } from '../web/forms.ts';

/** What a form sent, by field name, as typed (kept to show it again after a problem). */
export type FormValues = Record<string, string>;

export function formValues(req: Request, names: readonly string[]): FormValues {
  return Object.fromEntries(names.map((name) => [name, field(req, name)]));
}

/** A query parameter as one string ('' when absent or repeated). */
export function queryValue(req: Request, name: string): string {
  const value = req.query[name];
  return typeof value === 'string' ? value : '';
}

/**
 * The fields an edit form changed, against what the form was filled with: an edit sends
 * only those, so a field left alone is never re-read (a "when" in words, say).
 */
export function changedFields(sent: FormValues, shown: FormValues): string[] {
  return Object.keys(shown).filter(
    (name) => (sent[name] ?? '').trim() !== (shown[name] ?? '').trim(),
  );
}
