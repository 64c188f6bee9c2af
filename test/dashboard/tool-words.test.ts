import { describe, expect, it } from 'vitest';
import { toolLine } from '../../src/web/scripts/shared/tool-words.ts';

describe('the small print for what the chat did', () => {
  it('names the change, the kind of record and whom it is for', () => {
    const record = JSON.stringify({ type: 'weight', subject_name: 'Luna', title: 'Weight' });
    expect(toolLine({ name: 'createRecord', content: record })).toBe(
      'Added a weight record for Luna',
    );
    const task = JSON.stringify({ title: 'Buy flea meds', subject_name: null });
    expect(toolLine({ name: 'completeTask', content: task })).toBe(
      'Completed the task “Buy flea meds”',
    );
    expect(toolLine({ name: 'updateSubject', content: JSON.stringify({ name: 'Rex' }) })).toBe(
      'Changed Rex',
    );
    expect(toolLine({ name: 'deleteTask', content: 'Done (204).' })).toBe('Deleted a task');
    expect(toolLine({ name: 'listTasks', content: '{"items":[]}' })).toBe('Looked something up.');
  });

  it('says when it did not work, in the problem’s words, and when the person said no', () => {
    const problem = JSON.stringify({ title: 'Not found', detail: 'There is no such task.' });
    expect(toolLine({ name: 'deleteTask', content: problem, isError: true })).toBe(
      'That did not work: There is no such task.',
    );
    expect(
      toolLine({
        name: 'deleteTask',
        content: 'The person declined this change; nothing was changed.',
        isError: true,
      }),
    ).toBe('Not done: you said no.');
  });
});
