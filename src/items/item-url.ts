/** The page of a task, record or person/pet on Tend, cited by ChatGPT's search and fetch. */
export function itemUrl(
  publicUrl: string,
  kind: 'task' | 'record' | 'subject',
  id: string,
): string {
  return `${publicUrl}/${kind}s/${id}`;
}
