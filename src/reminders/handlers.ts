import type { Handlers } from '../contract/handler-types.ts';
import { browserName } from '../core/browser-name.ts';
import { itemNotFound, validationFailed } from '../core/problems/routing.ts';
import { formatInZone } from '../dates/zone.ts';
import type { Db } from '../db/connect.ts';
import {
  countSubscriptions,
  deleteSubscription,
  listSubscriptions,
  MAX_DEVICES,
  type PushSubscriptionRow,
  saveSubscription,
} from './push-subscriptions.ts';
import { type ReminderSettings, readSettings, saveSettings } from './settings.ts';
import { snoozeTask } from './snoozes.ts';
import { vapidPublicKey } from './vapid-keys.ts';

type ReminderHandlers = Pick<
  Handlers,
  | 'getReminderSettings'
  | 'updateReminderSettings'
  | 'addPushDevice'
  | 'deletePushDevice'
  | 'snoozeTask'
>;

function device(row: PushSubscriptionRow, zone: string) {
  return {
    id: row.id,
    label: row.label,
    created_at: formatInZone(row.created_at, zone),
    last_success_at: row.last_success_at && formatInZone(row.last_success_at, zone),
  };
}

async function answer(db: Db, userId: string, zone: string, settings: ReminderSettings) {
  const user = await db('users').where({ id: userId }).first('email_verified_at');
  return {
    mail_mode: settings.mailMode,
    digest_hour: settings.digestHour,
    push_enabled: settings.pushEnabled,
    timezone: zone,
    email_verified: Boolean(user?.email_verified_at),
    vapid_public_key: await vapidPublicKey(db),
    devices: (await listSubscriptions(db, userId)).map((row) => device(row, zone)),
  };
}

export const reminderHandlers: ReminderHandlers = {
  async getReminderSettings(_input, ctx) {
    const settings = await readSettings(ctx.db, ctx.userId);
    return { status: 200, body: await answer(ctx.db, ctx.userId, ctx.timezone, settings) };
  },

  async updateReminderSettings({ body }, ctx) {
    const settings = await saveSettings(
      ctx.db,
      ctx.userId,
      {
        ...(body.mail_mode !== undefined && { mailMode: body.mail_mode }),
        ...(body.digest_hour !== undefined && { digestHour: body.digest_hour }),
        ...(body.push_enabled !== undefined && { pushEnabled: body.push_enabled }),
      },
      ctx.now(),
    );
    return { status: 200, body: await answer(ctx.db, ctx.userId, ctx.timezone, settings) };
  },

  async addPushDevice({ body }, ctx) {
    // Only a URL; whether Tend may call it is decided at each push (safePost, A21).
    if (!URL.canParse(body.endpoint)) {
      throw validationFailed([{ pointer: '/body/endpoint', reason: 'must be a URL' }]);
    }
    const row = await ctx.db.transaction(async (trx) => {
      const saved = await saveSubscription(
        trx,
        ctx.userId,
        {
          endpoint: body.endpoint,
          p256dh: body.keys.p256dh,
          auth: body.keys.auth,
          label: browserName(ctx.client?.userAgent),
        },
        ctx.now(),
      );
      // Past the limit the oldest device goes: a person re-adding browsers is not refused.
      if ((await countSubscriptions(trx, ctx.userId)) > MAX_DEVICES) {
        const oldest = await trx('push_subscriptions')
          .where({ user_id: ctx.userId })
          .whereNot({ id: saved.id })
          .orderBy('created_at')
          .first('id');
        if (oldest) await deleteSubscription(trx, ctx.userId, oldest.id);
      }
      return saved;
    });
    return { status: 201, body: device(row, ctx.timezone) };
  },

  async deletePushDevice({ path }, ctx) {
    if (!(await deleteSubscription(ctx.db, ctx.userId, path.device_id))) {
      throw itemNotFound('device');
    }
    return { status: 204, body: undefined };
  },

  async snoozeTask({ path, body }, ctx) {
    const until = new Date(ctx.now().getTime() + body.minutes * 60_000);
    const snoozed = await snoozeTask(ctx.db, ctx.userId, path.task_id, until);
    if (!snoozed) throw itemNotFound('open task');
    return {
      status: 200,
      body: { task_id: path.task_id, snoozed_until: formatInZone(snoozed.until, ctx.timezone) },
    };
  },
};
