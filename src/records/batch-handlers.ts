import { eachItem } from '../contract/batch.ts';
import type { Handlers } from '../contract/handler-types.ts';
import { filesNotInBatch } from '../core/problems/files.ts';
import { createOneRecord } from './create-record.ts';
import { serializeRecord } from './serialize.ts';

/**
 * "Log these three weights": one call, each item createRecord's own write, per item
 * rather than all-or-nothing (see RecordBatch in openapi.yaml for why). Answers 200 with
 * each item's outcome; records appear as in a list, long text cut, and a reminder task
 * by its id only, so that 50 of them stay far below ChatGPT's 100,000 characters.
 */
export const recordBatchHandlers: Pick<Handlers, 'createRecords'> = {
  async createRecords({ body }, ctx) {
    const batch = await eachItem(
      body.items,
      ctx,
      (i) => `/body/items/${i}`,
      async (item) => {
        if (item.openaiFileIdRefs?.length) throw filesNotInBatch('/body/openaiFileIdRefs');
        const { row, reminder } = await createOneRecord(item, ctx, { inList: true });
        return {
          status: 201,
          value: {
            record: serializeRecord(row, ctx.timezone, { inList: true }),
            ...(reminder && { reminder_task_id: reminder.id }),
          },
        };
      },
    );
    return {
      status: 200,
      body: {
        results: batch.outcomes.map((outcome) =>
          'value' in outcome
            ? { index: outcome.index, status: outcome.status, ...outcome.value }
            : outcome,
        ),
        succeeded: batch.succeeded,
        failed: batch.failed,
      },
    };
  },
};
