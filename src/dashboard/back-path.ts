/**
 * Where a form on a list comes back to: a path of Tend's own (never `//elsewhere`), with
 * a note for the page to show (`done=<id>`) in place of an earlier one.
 */
export function backPath(value: string, note?: { name: string; value: string }): string {
  const path = /^\/(?![/\\])/.test(value) ? value : '/';
  const url = new URL(path, 'http://tend.invalid');
  for (const name of ['added', 'done', 'reopened', 'deleted']) url.searchParams.delete(name);
  if (note) url.searchParams.set(note.name, note.value);
  return url.pathname + url.search;
}
