import * as m0001 from './0001-users-keys-tasks.ts';
import * as m0002 from './0002-subjects.ts';
import * as m0003 from './0003-records.ts';
import * as m0004 from './0004-task-subjects.ts';
import * as m0005 from './0005-idempotency-keys.ts';
import * as m0006 from './0006-soft-deletes.ts';
import * as m0007 from './0007-activity.ts';
import * as m0008 from './0008-search.ts';
import * as m0009 from './0009-recurring.ts';
import * as m0100 from './0100-accounts-oauth.ts';
import * as m0101 from './0101-mail-tokens.ts';
import * as m0102 from './0102-chatgpt-client-scopes.ts';
import * as m0103 from './0103-search-subject-words.ts';
import * as m0104 from './0104-task-duplicate-guard.ts';
import * as m0106 from './0106-rate-limits.ts';
import * as m0107 from './0107-change-notices.ts';
import * as m0108 from './0108-security-events.ts';
import * as m0109 from './0109-attachments.ts';
import * as m0110 from './0110-chat.ts';
import * as m0112 from './0112-signing-keys.ts';
import * as m0113 from './0113-credential-notices.ts';
import * as m0114 from './0114-webhooks.ts';
import * as m0115 from './0115-reminders.ts';
import * as m0116 from './0116-task-title-guard.ts';

/** Every migration, in order. A new migration is a new file added here. */
export const migrations = [
  { name: '0001-users-keys-tasks', ...m0001 },
  { name: '0002-subjects', ...m0002 },
  { name: '0003-records', ...m0003 },
  { name: '0004-task-subjects', ...m0004 },
  { name: '0005-idempotency-keys', ...m0005 },
  { name: '0006-soft-deletes', ...m0006 },
  { name: '0007-activity', ...m0007 },
  { name: '0008-search', ...m0008 },
  { name: '0009-recurring', ...m0009 },
  { name: '0100-accounts-oauth', ...m0100 },
  { name: '0101-mail-tokens', ...m0101 },
  { name: '0102-chatgpt-client-scopes', ...m0102 },
  { name: '0103-search-subject-words', ...m0103 },
  { name: '0104-task-duplicate-guard', ...m0104 },
  { name: '0106-rate-limits', ...m0106 },
  { name: '0107-change-notices', ...m0107 },
  { name: '0108-security-events', ...m0108 },
  { name: '0109-attachments', ...m0109 },
  { name: '0110-chat', ...m0110 },
  { name: '0112-signing-keys', ...m0112 },
  { name: '0113-credential-notices', ...m0113 },
  { name: '0114-webhooks', ...m0114 },
  { name: '0115-reminders', ...m0115 },
  { name: '0116-task-title-guard', ...m0116 },
];
