import type { Handlers } from '../contract/handler-types.ts';
import { formatInZone } from '../dates/zone.ts';
import { deleteFeedToken, feedUrl, rotateFeedToken } from './feed-tokens.ts';

type CalendarHandlers = Pick<Handlers, 'rotateCalendarFeed' | 'deleteCalendarFeed'>;

export const calendarHandlers: CalendarHandlers = {
  async rotateCalendarFeed(_input, ctx) {
    const { token, createdAt } = await rotateFeedToken(ctx.db, ctx.userId, ctx.now());
    return {
      status: 201,
      body: {
        url: feedUrl(ctx.publicUrl, token),
        created_at: formatInZone(createdAt, ctx.timezone),
      },
      // The answer carries a secret (docs/security.md A18).
      headers: { 'Cache-Control': 'no-store' },
    };
  },

  async deleteCalendarFeed(_input, ctx) {
    await deleteFeedToken(ctx.db, ctx.userId);
    return { status: 204, body: undefined };
  },
};
