import { localDate, localDayBounds } from '../../src/dates/zone.ts';
import type { Db } from '../../src/db/connect.ts';
import type { TaskRow } from '../../src/tasks/serialize.ts';

const DAY = 86_400_000;
const QUARTER_HOUR = 15 * 60_000;

const VERBS = ['Call', 'Buy', 'Fix', 'Book', 'Email', 'Pay', 'Clean', 'Renew', 'Plan', 'Water'];
const THINGS = [
  'the dentist',
  'groceries',
  'the bike light',
  'train tickets',
  'the landlord',
  'the electricity bill',
  'the gutter',
  'the passport',
  'the garden party',
  'the tomatoes',
  'Grandma',
  'the car insurance',
];
const TAGS = ['home', 'work', 'health', 'errands', 'family', 'garden', 'finance', 'car'];
const DUE_WORDS = ['tomorrow', 'next friday', 'in two weeks', 'monday 9am', 'tonight 8pm'];
const SHORT_NOTE = 'Ask about the Saturday slot first; the number is in the fridge door list.';
// Longer than LIST_NOTES_LENGTH, so lists exercise the truncation path too.
const LONG_NOTE = `${'Keep the receipt. Compare the two offers before signing anything. '.repeat(6)}Done.`;

type SeedRow = Omit<TaskRow, 'id'> & { user_id: string };

/**
 * A small deterministic PRNG (mulberry32): every run seeds the same spread of tasks,
 * so numbers from different runs compare like with like.
 */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One user's tasks, shaped as insertTask (and later updates) would leave them. */
export function generateTasks(userId: string, count: number, zone: string, now: Date): SeedRow[] {
  const rand = random(20_261_123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const rows: SeedRow[] = [];
  for (let i = 0; i < count; i++) {
    const created = new Date(now.getTime() - Math.floor(rand() * 180 * DAY));
    const done = rand() < 0.15;
    const completed = done ? between(created, now, rand) : null;
    const updated = completed ?? (rand() < 0.5 ? created : between(created, now, rand));

    let due: Pick<TaskRow, 'due_at' | 'due_by' | 'due_date_only' | 'due_text'> = {
      due_at: null,
      due_by: null,
      due_date_only: false,
      due_text: null,
    };
    if (rand() < 0.7) {
      // Due from six weeks ago to three months ahead: plenty overdue, plenty upcoming.
      const at = new Date(now.getTime() + Math.floor((rand() * 135 - 45) * DAY));
      const dueText = rand() < 0.25 ? pick(DUE_WORDS) : null;
      if (rand() < 0.4) {
        const { start, end } = localDayBounds(localDate(at, zone), zone);
        due = { due_at: start, due_by: end, due_date_only: true, due_text: dueText };
      } else {
        const timed = new Date(Math.floor(at.getTime() / QUARTER_HOUR) * QUARTER_HOUR);
        due = { due_at: timed, due_by: timed, due_date_only: false, due_text: dueText };
      }
    }

    const tagRoll = rand();
    const tagCount = tagRoll < 0.45 ? 0 : tagRoll < 0.8 ? 1 : tagRoll < 0.95 ? 2 : 3;
    const noteRoll = rand();
    const priorityRoll = rand();
    rows.push({
      user_id: userId,
      subject_id: null,
      repeat_text: null,
      repeat_rule: null,
      title: `${pick(VERBS)} ${pick(THINGS)}`,
      notes: noteRoll < 0.05 ? LONG_NOTE : noteRoll < 0.4 ? SHORT_NOTE : null,
      status: done ? 'done' : 'open',
      priority:
        priorityRoll < 0.1
          ? 'low'
          : priorityRoll < 0.75
            ? 'normal'
            : priorityRoll < 0.93
              ? 'high'
              : 'urgent',
      tags: [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))],
      ...due,
      completed_at: completed,
      created_at: created,
      updated_at: updated,
    });
  }
  return rows;
}

function between(from: Date, to: Date, rand: () => number): Date {
  return new Date(from.getTime() + Math.floor(rand() * (to.getTime() - from.getTime())));
}

/** Inserts in batches (one multi-row INSERT each), then refreshes planner statistics. */
export async function seedTasks(db: Db, rows: SeedRow[]): Promise<void> {
  await db.batchInsert('tasks', rows, 1000);
  // Without fresh statistics the planner may guess, and a GIN index keeps new rows in its
  // pending list until vacuumed; a live database has both done by autovacuum.
  await db.raw('vacuum (analyze) tasks');
}
