import { signedInPage } from '../page-context.ts';
import type { PageFamily } from '../page-family.ts';
import { addTask } from './add-task.ts';
import { snoozeFromPage } from './snooze-action.ts';
import { changeStatus } from './status-actions.ts';
import { confirmDelete, deleteTask, taskPage, updateTask } from './task-page.ts';
import { showTasks } from './tasks-page.ts';

/** Tasks: the filtered list and adding, one task's page, and its actions. */
export const tasksFamily: PageFamily = (routes, deps) => {
  routes.get(
    '/tasks',
    signedInPage(deps, (ctx) => showTasks(deps, ctx)),
  );
  routes.post('/tasks', addTask(deps));
  routes.get('/tasks/:id', taskPage(deps));
  routes.post('/tasks/:id', updateTask(deps));
  routes.post('/tasks/:id/complete', changeStatus(deps, 'complete'));
  routes.post('/tasks/:id/reopen', changeStatus(deps, 'reopen'));
  routes.post('/tasks/:id/snooze', snoozeFromPage(deps));
  routes.get('/tasks/:id/delete', confirmDelete(deps));
  routes.post('/tasks/:id/delete', deleteTask(deps));
};
