import { DateTime } from 'luxon';
import type { User } from '../accounts/users.ts';
import { localDate } from '../dates/zone.ts';
import type { Db } from '../db/connect.ts';
import { insertRecord, type NewRecord } from '../records/queries.ts';
import { getSelfSubject, insertSubject, type NewSubject } from '../subjects/queries.ts';
import { insertTask } from '../tasks/queries.ts';

export interface SeedSummary {
  user_id: string;
  subjects: number;
  records: number;
  tasks: number;
}

const NO_BIRTHDAY = {
  birth_year: null,
  birth_month: null,
  birth_day: null,
  birthday_precision: null,
};

/**
 * A believable household for an existing user: a partner, a cat and a dog, a year of
 * weights with a real trend, vaccinations and medications with due dates, symptoms,
 * visits, and open and done tasks, all relative to `now` in the user's zone.
 */
export async function seedDemoHousehold(db: Db, user: User, now: Date): Promise<SeedSummary> {
  return db.transaction(async (trx) => {
    const zone = user.timezone;
    const today = DateTime.fromJSDate(now, { zone }).startOf('day');
    const at = (daysAgo: number, hour = 9, minute = 0, second = 0) =>
      today.minus({ days: daysAgo }).set({ hour, minute, second }).toJSDate();
    const self = await getSelfSubject(trx, user.id);
    const pet = (name: string, fields: Partial<NewSubject>): NewSubject => ({
      name,
      kind: 'pet',
      species: null,
      breed: null,
      sex: 'unknown',
      notes: null,
      ...NO_BIRTHDAY,
      ...fields,
    });
    const sam = await insertSubject(
      trx,
      user.id,
      pet('Sam', {
        kind: 'person',
        sex: 'male',
        birth_year: today.year - 38,
        birth_month: 4,
        birth_day: 17,
        birthday_precision: 'day',
      }),
      now,
    );
    const luna = await insertSubject(
      trx,
      user.id,
      pet('Luna', {
        species: 'cat',
        breed: 'European shorthair',
        sex: 'female',
        birth_year: today.year - 3,
        birth_month: 5,
        birthday_precision: 'month',
        notes: 'Shy with strangers; grain-free food.',
      }),
      now,
    );
    const max = await insertSubject(
      trx,
      user.id,
      pet('Max', {
        species: 'dog',
        breed: 'Beagle',
        sex: 'male',
        birth_year: today.year - 6,
        birth_month: 2,
        birth_day: 10,
        birthday_precision: 'day',
      }),
      now,
    );

    const records: NewRecord[] = [];
    const add = (subjectId: string, daysAgo: number, fields: Partial<NewRecord>) => {
      // Each record its own moment (the minute and second count them), so that every
      // list, search and report of the demo comes out in one order for a given clock.
      const n = records.length;
      const occurred = fields.occurred_date_only
        ? at(daysAgo, 0)
        : at(daysAgo, 9 + (daysAgo % 8), n % 60, Math.floor(n / 60));
      records.push({
        subject_id: subjectId,
        type: 'note',
        type_text: null,
        title: 'Note',
        details: null,
        tags: [],
        occurred_at: occurred,
        occurred_on: localDate(occurred, zone),
        occurred_date_only: false,
        when_text: null,
        value: null,
        unit: null,
        metric: null,
        value_text: null,
        next_due: null,
        next_due_text: null,
        ...fields,
      });
    };
    const due = (daysAgo: number, plus: { months?: number; years?: number }) =>
      today.minus({ days: daysAgo }).plus(plus).toISODate() as string;

    // A year of weights: Luna gains a little, Max slims down on his diet, the user too.
    for (let week = 52; week >= 0; week -= 2) {
      const wobble = Math.sin(week * 1.7) * 0.05;
      const lunaKg = Math.round((3.9 + ((52 - week) / 52) * 0.5 + wobble) * 1000) / 1000;
      const maxKg = Math.round((15.8 - ((52 - week) / 52) * 1.6 + wobble * 4) * 10) / 10;
      const weight = { type: 'weight' as const, title: 'Weight', unit: 'kg', metric: 'weight' };
      add(luna.id, week * 7, { ...weight, value: lunaKg, value_text: `${lunaKg} kg` });
      add(max.id, week * 7 + 1, { ...weight, value: maxKg, value_text: `${maxKg} kg` });
    }
    for (let month = 12; month >= 0; month--) {
      const kg = Math.round((84 - (12 - month) * 0.45 + Math.cos(month) * 0.4) * 10) / 10;
      const lb = Math.round((kg / 0.45359237) * 10) / 10;
      add(self.id, month * 30 + 2, {
        type: 'weight',
        title: 'Weight',
        value: kg,
        unit: 'kg',
        metric: 'weight',
        value_text: `${lb} lbs`,
      });
    }
    const vaccine = (subjectId: string, title: string, daysAgo: number, years = 1) =>
      add(subjectId, daysAgo, {
        type: 'vaccination',
        title,
        tags: ['vet'],
        next_due: due(daysAgo, { years }),
        next_due_text: years === 1 ? 'in 1 year' : `in ${years} years`,
      });
    vaccine(luna.id, 'FVRCP booster', 300);
    vaccine(luna.id, 'Rabies', 300, 3);
    vaccine(max.id, 'Rabies', 340);
    vaccine(max.id, 'Leptospirosis', 200);
    vaccine(self.id, 'Flu shot', 60);
    for (const daysAgo of [270, 180, 90, 0]) {
      add(max.id, daysAgo, {
        type: 'medication',
        title: 'Bravecto (flea and tick)',
        value: 500,
        unit: 'mg',
        value_text: '500 mg',
        next_due: due(daysAgo, { months: 3 }),
        next_due_text: 'every 3 months',
      });
    }
    add(luna.id, 45, {
      type: 'medication',
      title: 'Milbemax (dewormer)',
      next_due: due(45, { months: 3 }),
      next_due_text: 'every 3 months',
    });
    add(self.id, 3, {
      type: 'medication',
      title: 'Ibuprofen',
      value: 400,
      unit: 'mg',
      value_text: '400 mg',
    });
    add(luna.id, 12, {
      type: 'symptom',
      title: 'Vomited a hairball',
      details: 'Twice in one evening, ate normally after.',
    });
    add(max.id, 33, { type: 'symptom', title: 'Limping on the left front leg', tags: ['vet'] });
    add(self.id, 3, {
      type: 'symptom',
      title: 'Headache',
      // Before the ibuprofen of the same day, so no two records share a moment.
      occurred_at: at(3, 8),
      details: 'Since the evening before; better after ibuprofen.',
    });
    add(sam.id, 20, { type: 'symptom', title: 'Sore throat' });
    add(sam.id, 18, {
      type: 'measurement',
      title: 'Temperature',
      value: 38.4,
      unit: '°C',
      metric: 'temperature',
      value_text: '101.1 F',
    });
    add(luna.id, 300, {
      type: 'visit',
      title: 'Annual check-up',
      details: 'All fine; teeth need watching.',
      tags: ['vet'],
    });
    add(max.id, 31, {
      type: 'visit',
      title: 'Vet: limping',
      details: 'Sprain. Rest for a week, no stairs.',
      tags: ['vet'],
    });
    add(self.id, 150, { type: 'visit', title: 'Dentist', details: 'One small filling.' });
    add(max.id, 75, { type: 'other', type_text: 'grooming', title: 'Grooming' });
    add(luna.id, 5, { type: 'note', title: 'Loves the new window perch' });
    for (const record of records) await insertRecord(trx, user.id, record, now);

    const tasks = [
      { title: 'Buy cat food', subject_id: luna.id, days: 1, done: false, tags: ['errands'] },
      {
        title: 'Book Max’s rabies booster',
        subject_id: max.id,
        days: 21,
        done: false,
        tags: ['vet'],
      },
      { title: 'Refill ibuprofen', subject_id: self.id, days: 4, done: false, tags: ['errands'] },
      {
        title: 'Ask the vet about Luna’s teeth',
        subject_id: luna.id,
        days: null,
        done: false,
        tags: [],
      },
      { title: 'Clean the litter box', subject_id: luna.id, days: -2, done: true, tags: ['home'] },
      { title: 'Give Max his Bravecto', subject_id: max.id, days: 0, done: true, tags: [] },
      {
        title: 'Pick up Sam’s prescription',
        subject_id: sam.id,
        days: -18,
        done: true,
        tags: ['errands'],
      },
    ];
    for (const task of tasks) {
      const dueDay = task.days === null ? null : today.plus({ days: task.days });
      const row = await insertTask(
        trx,
        user.id,
        {
          title: task.title,
          notes: null,
          priority: 'normal',
          tags: task.tags,
          subject_id: task.subject_id,
          due_at: dueDay?.toJSDate() ?? null,
          due_by: dueDay?.plus({ days: 1 }).toJSDate() ?? null,
          due_date_only: dueDay !== null,
          due_text: null,
        },
        now,
      );
      if (task.done) {
        await trx('tasks').where({ id: row.id }).update({ status: 'done', completed_at: now });
      }
    }
    return { user_id: user.id, subjects: 4, records: records.length, tasks: tasks.length };
  });
}
