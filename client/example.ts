import { pathToFileURL } from 'node:url';
import { createTendClient, type TendClient } from './tend-client.ts';

/**
 * What a script does with Tend: add a task, list the open ones, and log a pet's weight,
 * adding the pet first if Tend does not know it yet. Run it against a server:
 *
 *   TEND_URL=http://localhost:3000 TEND_API_KEY=tend_… npx tsx client/example.ts
 */
export async function runExample(
  client: TendClient,
  say: (line: string) => void,
  pet = { name: 'Max', species: 'dog', weight: '12.4 kg' },
): Promise<void> {
  // The generated types mark a property with a default as required, so defaults are spelt
  // out (confirm_duplicate: false, limit: 5); the server would fill in the same.
  const task = await client.POST('/tasks', {
    body: {
      title: `Give ${pet.name} his flea meds`,
      due_text: 'tomorrow 9am',
      confirm_duplicate: false,
    },
  });
  const made = createdOrExisting('createTask', task);
  say(
    made.created
      ? `created task "${made.row.title}" due ${made.row.due_at ?? 'whenever'} (${made.row.id})`
      : `task "${made.row.title}" is already there (${made.row.id}); not added again`,
  );

  const open = await client.GET('/tasks', { params: { query: { status: 'open' } } });
  if (!open.data) throw new Error(`listTasks failed: ${JSON.stringify(open.error)}`);
  say(`open tasks: ${open.data.items.map((t) => t.title).join('; ')}`);

  const subjectId = await petId(client, pet, say);
  const record = await client.POST('/records', {
    body: {
      subject_id: subjectId,
      type: 'weight',
      value_text: pet.weight,
      confirm_duplicate: false,
      create_reminder: false,
    },
  });
  const logged = createdOrExisting('createRecord', record);
  const weight = `${logged.row.value} ${logged.row.unit} at ${logged.row.occurred_at}`;
  say(
    logged.created
      ? `logged ${pet.name}'s weight: ${weight} (${logged.row.id})`
      : `${pet.name}'s weight ${weight} is already logged (${logged.row.id}); not added again`,
  );
}

/** The pet's id: found by its exact name, or created. */
async function petId(
  client: TendClient,
  pet: { name: string; species: string },
  say: (line: string) => void,
): Promise<string> {
  const found = await client.POST('/subjects/find', { body: { name: pet.name, limit: 5 } });
  if (!found.data) throw new Error(`findSubjects failed: ${JSON.stringify(found.error)}`);
  const exact = found.data.candidates.find((m) => m.match === 'exact' && m.subject.kind === 'pet');
  if (exact) {
    say(`found ${pet.name} (${exact.subject.id})`);
    return exact.subject.id;
  }
  const created = await client.POST('/subjects', {
    body: { name: pet.name, species: pet.species, confirm_duplicate: false },
  });
  if (!created.data) throw new Error(`createSubject failed: ${JSON.stringify(created.error)}`);
  say(`created ${created.data.species} ${created.data.name} (${created.data.id})`);
  return created.data.id;
}

/**
 * The row a create answered, or the one already there when Tend suspects a duplicate
 * (409 `duplicate_suspected`): it asks before adding the same thing twice, and a script
 * run again should not insist.
 */
function createdOrExisting<T>(
  operation: string,
  result: { data?: T; error?: unknown },
): { row: T; created: boolean } {
  if (result.data) return { row: result.data, created: true };
  const problem = result.error as { code?: string; existing?: T[] } | undefined;
  const existing = problem?.code === 'duplicate_suspected' ? problem.existing?.[0] : undefined;
  if (existing) return { row: existing, created: false };
  throw new Error(`${operation} failed: ${JSON.stringify(result.error)}`);
}

// Run as a script (not when a test imports runExample).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const baseUrl = process.env.TEND_URL ?? 'http://localhost:3000';
  const apiKey = process.env.TEND_API_KEY;
  if (!apiKey) {
    console.error('Set TEND_API_KEY to an API key (npx tend key create --email you@example.com).');
    process.exit(2);
  }
  await runExample(createTendClient({ baseUrl, apiKey }), (line) => console.log(line));
}
