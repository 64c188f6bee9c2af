import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoApp, type DemoApp } from '../support/demo.ts';

/**
 * Questions a pet owner or parent asks, on the demo household (`tend seed --demo`, see
 * test/support/demo.ts: Sunday 2026-11-22 in Berlin). Hits are written "Subject: Title"
 * ("Me" is the user); `expect` must all be found, `absent` none, `first` must rank first,
 * `only` says nothing else may be found.
 */
interface Golden {
  question: string;
  expect: string[];
  absent?: string[];
  first?: string;
  only?: boolean;
  /** The days a time phrase was read as. */
  period?: [from: string, to: string];
  /** True when the words as written matched nothing and search loosened them. */
  fuzzy?: boolean;
}

const VOMIT = 'Luna: Vomited a hairball';
const RABIES = ['Luna: Rabies', 'Max: Rabies'];
const ALL_SHOTS = [
  'Me: Flu shot',
  'Luna: FVRCP booster',
  'Luna: Rabies',
  'Max: Rabies',
  'Max: Leptospirosis',
  'Max: Book Max’s rabies booster',
];
const BRAVECTO = 'Max: Bravecto (flea and tick)';

const GOLDEN: Golden[] = [
  { question: 'when did Luna vomit', expect: [VOMIT], only: true },
  { question: 'Luna vomited', expect: [VOMIT], only: true },
  { question: 'Luna threw up', expect: [VOMIT], only: true },
  {
    question: 'has Luna been sick?',
    expect: [VOMIT],
    absent: ['Max: Limping on the left front leg'],
  },
  { question: 'Lunna vomitted', expect: [VOMIT], fuzzy: true },
  {
    question: 'the rabies shot',
    expect: [...RABIES, 'Max: Book Max’s rabies booster'],
    absent: ['Luna: FVRCP booster', 'Me: Flu shot'],
  },
  {
    question: "when was Max's last rabies shot",
    expect: ['Max: Rabies', 'Max: Book Max’s rabies booster'],
    absent: ['Luna: Rabies'],
    only: true,
  },
  {
    question: 'what shots has Luna had',
    expect: ['Luna: Rabies', 'Luna: FVRCP booster'],
    absent: ['Max: Rabies', 'Me: Flu shot'],
  },
  {
    question: "Max's vaccinations",
    expect: ['Max: Rabies', 'Max: Leptospirosis', 'Max: Book Max’s rabies booster'],
    absent: ['Luna: Rabies', 'Luna: FVRCP booster'],
  },
  { question: 'jabs', expect: ALL_SHOTS, only: true },
  { question: 'vacine', expect: ALL_SHOTS, only: true, fuzzy: true },
  { question: 'flu shot', expect: ['Me: Flu shot'], first: 'Me: Flu shot' },
  { question: "when is Max's rabies booster due", expect: ['Max: Book Max’s rabies booster'] },
  { question: 'Max flea', expect: [BRAVECTO], only: true },
  {
    question: 'did I give Max his Bravecto',
    expect: ['Max: Give Max his Bravecto'],
    first: 'Max: Give Max his Bravecto',
  },
  { question: 'dewormer for Luna', expect: ['Luna: Milbemax (dewormer)'], only: true },
  {
    question: 'vet visits last month',
    expect: ['Max: Vet: limping'],
    absent: ['Luna: Annual check-up', 'Me: Dentist'],
    period: ['2026-10-01', '2026-11-22'],
  },
  {
    question: 'vet',
    expect: ['Max: Vet: limping', 'Luna: Annual check-up', 'Luna: Ask the vet about Luna’s teeth'],
    absent: ['Me: Dentist'],
  },
  {
    question: 'when did Max last see the vet',
    expect: ['Max: Vet: limping'],
    first: 'Max: Vet: limping',
    absent: ['Luna: Annual check-up'],
  },
  { question: 'headache', expect: ['Me: Headache'], first: 'Me: Headache' },
  {
    question: 'ibuprofen last week',
    expect: ['Me: Ibuprofen', 'Me: Headache'],
    period: ['2026-11-09', '2026-11-22'],
  },
  { question: 'Sam fever', expect: ['Sam: Temperature'], only: true },
  { question: 'sore throat', expect: ['Sam: Sore throat'], only: true },
  { question: "Sam's medicine", expect: ['Sam: Pick up Sam’s prescription'], only: true },
  {
    question: 'Luna teeth',
    expect: ['Luna: Ask the vet about Luna’s teeth', 'Luna: Annual check-up'],
    only: true,
  },
  {
    question: 'Max limping',
    expect: ['Max: Vet: limping', 'Max: Limping on the left front leg'],
    only: true,
  },
  {
    question: 'how much does Luna weigh',
    expect: ['Luna: Weight'],
    absent: ['Max: Weight', 'Me: Weight'],
  },
  {
    question: "Max's weight this month",
    expect: ['Max: Weight'],
    absent: ['Luna: Weight'],
    period: ['2026-11-01', '2026-11-30'],
  },
  { question: 'dentist', expect: ['Me: Dentist'], only: true },
  { question: 'grooming', expect: ['Max: Grooming'], only: true },
  { question: 'cat food', expect: ['Luna: Buy cat food'], first: 'Luna: Buy cat food' },
  { question: 'litter box', expect: ['Luna: Clean the litter box'], only: true },
  {
    question: 'errands',
    expect: ['Luna: Buy cat food', 'Me: Refill ibuprofen', 'Sam: Pick up Sam’s prescription'],
    only: true,
  },
  {
    question: "Luna's check-up",
    expect: ['Luna: Annual check-up'],
    first: 'Luna: Annual check-up',
  },
  {
    question: "what did the vet say about Max's leg",
    expect: ['Max: Limping on the left front leg'],
    first: 'Max: Limping on the left front leg',
  },
];

let d: DemoApp;

beforeAll(async () => {
  d = await createDemoApp();
});
afterAll(() => d.t.close());

describe('search answers ordinary questions on the demo household', () => {
  it.each(GOLDEN)('finds what $question asks for', async (row) => {
    const res = await d.t.request
      .get(`/v1/search?q=${encodeURIComponent(row.question)}&limit=50`)
      .set('Authorization', d.user.auth);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const me = d.user.display_name;
    const label = (hit: { subject_name: string | null; title: string }) =>
      `${hit.subject_name === me ? 'Me' : hit.subject_name}: ${hit.title}`;
    const hits: string[] = res.body.items.map(label);
    const found = new Set(hits);
    for (const wanted of row.expect)
      expect(found, `${wanted} in ${hits.join(' | ')}`).toContain(wanted);
    for (const unwanted of row.absent ?? []) expect(hits).not.toContain(unwanted);
    if (row.first) expect(hits[0]).toBe(row.first);
    if (row.only) expect([...found].sort()).toEqual([...new Set(row.expect)].sort());
    expect(res.body.fuzzy).toBe(row.fuzzy ?? false);
    if (row.period) {
      expect(res.body.period).toMatchObject({ from: row.period[0], to: row.period[1] });
    } else {
      expect(res.body.period).toBeNull();
    }
  });
});
