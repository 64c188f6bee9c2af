import { describe, expect, it } from 'vitest';
import { readQuickAdd } from '../../src/tasks/quick-add.ts';

const MAX = { id: '5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a', name: 'Max' };
const LUNA = { id: '6c2f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6b', name: 'Luna' };
const GRANDMA = { id: '7d3f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6c', name: 'Grandma Rose' };
const SUBJECTS = [MAX, LUNA, GRANDMA];
// A Wednesday noon in Berlin.
const REFERENCE = { now: new Date('2026-12-02T11:00:00Z'), zone: 'Europe/Berlin' };

const read = (line: string, subjects = SUBJECTS) => readQuickAdd(line, subjects, REFERENCE);

describe('reading a quick-add line', () => {
  it.each([
    // The two phrasings the feature was asked for.
    ['Buy flea meds friday 5pm', 'Buy flea meds', 'friday 5pm', null, null],
    ['every month give Max his flea meds', 'Give Max his flea meds', null, 'every month', MAX],
    ['call the vet tomorrow', 'Call the vet', 'tomorrow', null, null],
    ['Walk Luna every day at 7am', 'Walk Luna', null, 'every day at 7am', LUNA],
    ['Give Luna her pill daily', 'Give Luna her pill', null, 'daily', LUNA],
    ['Take out the bins every Monday', 'Take out the bins', null, 'every Monday', null],
    ['water the plants every other week', 'Water the plants', null, 'every other week', null],
    [
      'Vet check-up for Max on Dec 14 at 10:30',
      'Vet check-up for Max',
      'Dec 14 at 10:30',
      null,
      MAX,
    ],
    ['Book the groomer next week', 'Book the groomer', 'next week', null, null],
    ['Renew passport in 3 days', 'Renew passport', 'in 3 days', null, null],
    ['Call Grandma Rose on Sunday', 'Call Grandma Rose', 'on Sunday', null, GRANDMA],
    ["Brush Max's teeth twice a day", "Brush Max's teeth", null, 'twice a day', MAX],
    ['Buy 2 bags of cat food', 'Buy 2 bags of cat food', null, null, null],
    ['Water the plants tonight', 'Water the plants', 'tonight', null, null],
    ['Bins out mondays', 'Bins out', null, 'mondays', null],
    ['Pay the vet bill', 'Pay the vet bill', null, null, null],
    ['Read the daily paper', 'Read the daily paper', null, null, null],
    ['monthly: worm Luna', 'Worm Luna', null, 'monthly', LUNA],
    ['buy luna food tomorrow 9am', 'Buy luna food', 'tomorrow 9am', null, LUNA],
    ['Maxwell needs a haircut', 'Maxwell needs a haircut', null, null, null],
    [
      'every Monday and Thursday at 8am feed the fish',
      'Feed the fish',
      null,
      'every Monday and Thursday at 8am',
      null,
    ],
    [
      'flea drops for Max every 3 months starting friday',
      'Flea drops for Max',
      'friday',
      'every 3 months',
      MAX,
    ],
  ])('%s', (line, title, due, repeat, subject) => {
    expect(read(line)).toEqual({ title, due_text: due, repeat, subject });
  });

  it('keeps the whole line as the title when only a date was written', () => {
    expect(read('tomorrow')).toEqual({
      title: 'Tomorrow',
      due_text: null,
      repeat: null,
      subject: null,
    });
  });

  it('files the task under no one when two people or pets share the name', () => {
    const twins = [MAX, { id: '8e4f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6d', name: 'max' }];
    expect(read('Feed Max tonight', twins).subject).toBeNull();
  });

  it('prefers the longer name when one name holds another', () => {
    const both = [{ id: '9f5f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6e', name: 'Grandma' }, GRANDMA];
    expect(read('Visit Grandma Rose', both).subject).toEqual(GRANDMA);
  });
});
