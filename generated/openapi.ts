/**
 * Generated from openapi.yaml by `npm run gen`. Do not edit: change the contract and
 * run the generator again (`npm run check` fails when this file is stale).
 */

export interface paths {
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's tasks
         * @description Use this when the user asks what they have to do, what is due or overdue, or looks for a task. Open tasks come first by due time (undated last). Do not use it to find a single task you already have the id of.
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Add a task
         * @description Use this when the user wants to remember to do something. Put the date in `due_text` as the user said it; tell the user the `due_at` understood. A 409 duplicate_suspected lists the same open task added minutes ago: ask the user; only if they want another, send again with `confirm_duplicate: true`.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add several tasks at once
         * @description Use this when the user lists several tasks at once ("add these five"): up to 50 items, each read as createTask reads one. Items stand alone: good ones are stored even if others fail. Read `results` in order; tell the user what was added and handle each problem by its hint.
         */
        post: operations["createTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark several tasks done
         * @description Use this when the user says several tasks are done ("tick off all of these"): up to 50 ids from listTasks, each completed as completeTask does. Items stand alone; read `results` in order, tell the user which were done and each `next_occurrence`. Confirm the list with the user first.
         */
        post: operations["completeTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task's id, as returned by listTasks or createTask.
                 * @example 7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        /**
         * Get one task
         * @description Use this to read one task in full (notes are not cut) when you have its id from an earlier answer.
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        /**
         * Delete a task
         * @description Use this only when the user asks to delete or remove a task, not when it is done (use completeTask). Confirm which task with the user first.
         */
        delete: operations["deleteTask"];
        options?: never;
        head?: never;
        /**
         * Change a task
         * @description Use this to rename, reschedule, re-prioritize, re-tag or annotate a task. Send only the fields to change; `null` clears notes or the due date. Use completeTask or reopenTask to change whether it is done.
         */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/tasks/{task_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task's id, as returned by listTasks or createTask.
                 * @example 7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a task done
         * @description Use this when the user says a task is done. For a repeating task the answer's `next_occurrence` is the next one, now open: tell the user its `due_at`. Calling it again on a done task changes nothing and returns the task.
         */
        post: operations["completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task's id, as returned by listTasks or createTask.
                 * @example 7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a task not done
         * @description Use this when the user says a done task is not finished after all. For a repeating task it also takes back the next occurrence the completion added, unless that one was changed since. Calling it on an open task returns the task.
         */
        post: operations["reopenTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the people and pets the user keeps records for
         * @description Use this when the user asks who or which pets Tend knows about. The user themself is the subject with `is_self: true`. To resolve a name the user said, call findSubjects instead. To page, call again with `cursor` = `next_cursor`.
         */
        get: operations["listSubjects"];
        put?: never;
        /**
         * Add a person or pet
         * @description Use this when the user wants Tend to know a new person or pet. Call findSubjects first. A 409 duplicate_suspected lists who exists: ask the user, and only if they mean a new one, send again with `confirm_duplicate: true`. Tell the user the `age_text` understood.
         */
        post: operations["createSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subjects/find": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find a person or pet by name or species
         * @description Use this to turn a name the user said ("Luna", "my dog") into a subject id. One candidate: use it. None: offer to create it with createSubject. Several: ask the user which one they mean. Tolerates case, accents and typos.
         */
        post: operations["findSubjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subjects/{subject_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The subject's id, as returned by findSubjects, listSubjects or createSubject.
                 * @example 5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a
                 */
                subject_id: components["parameters"]["SubjectId"];
            };
            cookie?: never;
        };
        /**
         * Get one person or pet
         * @description Use this to read one subject in full (age, next birthday, notes) when you have its id from findSubjects or listSubjects.
         */
        get: operations["getSubject"];
        put?: never;
        post?: never;
        /**
         * Archive a person or pet
         * @description Use this only when the user asks to remove a person or pet, e.g. one that died or was rehomed. It is archived: hidden from lists and searches, its records kept. Confirm which subject with the user first. The user themself cannot be removed.
         */
        delete: operations["deleteSubject"];
        options?: never;
        head?: never;
        /**
         * Change a person or pet
         * @description Use this to rename a subject or correct its species, breed, sex, birthday or age, or notes. Send only the fields to change, and at most one birthday field; `null` clears a field.
         */
        patch: operations["updateSubject"];
        trace?: never;
    };
    "/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List care records
         * @description Use this when the user asks about past weights, shots, medications, symptoms or visits, e.g. "when was Max's last rabies shot?". Newest first. Filter by `subject` (the name the user said) or `subject_id`, type, dates, tag or text.
         */
        get: operations["listRecords"];
        put?: never;
        /**
         * Record a weight, shot, medication, symptom, visit or note
         * @description Use this when the user says what happened to them, a person or a pet. Name who with `subject` or `subject_id` (default: the user). Pass `when` and values in the user's words; confirm the echoed `occurred_at` and value. On 409, follow the hint.
         */
        post: operations["createRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/records/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record several weights, shots, symptoms or visits at once
         * @description Use this when the user tells several things at once ("log these three weights"): up to 50 items, each read as createRecord reads one. Items stand alone: good ones are stored even if others fail. Read `results` in order; confirm what was stored and handle each problem by its hint.
         */
        post: operations["createRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/records/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record's id, as returned by listRecords or createRecord.
                 * @example 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                record_id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        /**
         * Get one care record
         * @description Use this to read one record in full (details are not cut) when you have its id from an earlier answer.
         */
        get: operations["getRecord"];
        put?: never;
        post?: never;
        /**
         * Delete a care record
         * @description Use this only when the user asks to delete a record, e.g. one entered by mistake. Confirm which record with the user first.
         */
        delete: operations["deleteRecord"];
        options?: never;
        head?: never;
        /**
         * Correct a care record
         * @description Use this to correct a record: who it is about, its type, when, value, title, details, tags or next due date. Send only the fields to change; `null` clears a field. Confirm the echoed values with the user.
         */
        patch: operations["updateRecord"];
        trace?: never;
    };
    "/records/{record_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record's id, as returned by listRecords or createRecord.
                 * @example 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                record_id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file to a care record
         * @description Use this to keep a file with a record (a vet invoice, a photo of a rash): send the bytes as the body and the file's name in `name`. PDF, JPEG, PNG, WebP, HEIC and GIF are kept, read from the bytes themselves; other types get 415, too large 413.
         */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The file's id, as listed in a record's `attachments`.
                 * @example 6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d
                 */
                attachment_id: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        /**
         * Download a file kept with a care record
         * @description Use this to download a file listed in a record's `attachments`: the answer is the file's bytes, with the type read from them when it was stored.
         */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        /**
         * Delete a file from a care record
         * @description Use this only when the person asks to remove a file from a record. The file is deleted for good; the record stays.
         */
        delete: operations["deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List recent changes to the user's tasks, people, pets and records
         * @description Use this when the user asks what was changed, added or deleted, or wants to undo something ("undo that", "what did you just change?"). Newest first; each entry shows the item before and after.
         */
        get: operations["listActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activity/{activity_id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an entry listed by listActivity.
                 * @example 2e6f1a0b-3c4d-4e5f-9a8b-7c6d5e4f3a2b
                 */
                activity_id: components["parameters"]["ActivityId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo one change
         * @description Use this when the user asks to undo a change listed by listActivity. It reverts only that entry, and only if the item has not changed since; otherwise it answers 409 changed_since with what changed. Confirm which change with the user first.
         */
        post: operations["undoActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in person's account
         * @description Use this to show who is signed in: email, display name and the time zone Tend reads dates in. Dashboard only; never offered to an assistant.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export everything in the account as one JSON document
         * @description Use this to save a copy of the person's data: their name and time zone, people and pets, tasks and records (deleted ones left out), in the format importAccount reads back. The same data always gives the same bytes. Dashboard only.
         */
        get: operations["exportAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an exported document into this account
         * @description Use this to bring an exportAccount document into the calling account. Only an account with nothing in it yet (no tasks, records or other people and pets) is accepted; all of it is stored or nothing is. The API takes up to 1 MB; the dashboard's upload takes more.
         */
        post: operations["importAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's API keys
         * @description Use this to show the person's live API keys, newest first, each with its visible prefix, scopes and when it was last used. Secrets are never shown again. To page, call again with `cursor` = `next_cursor`.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Use this to make a personal API key with the scopes chosen. The secret `key` is in this answer only: show it once and tell the person to store it. Not idempotent: a retry makes another key.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/api-keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The API key's id, as returned by listApiKeys or createApiKey.
                 * @example 2a6e8f0c-4b1d-4e7a-9c3f-5d8b0a1e2f34
                 */
                key_id: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Use this when the person wants an API key to stop working. It is refused within seconds everywhere and cannot be restored; make a new key instead.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/connected-apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the apps connected to the account
         * @description Use this to show which apps (ChatGPT, MCP clients) the person allowed to act for them, with the scopes they granted and when each was connected and last used. To page, call again with `cursor` = `next_cursor`.
         */
        get: operations["listConnectedApps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/connected-apps/{grant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The connected app's id, as returned by listConnectedApps.
                 * @example 4c7d9e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f
                 */
                grant_id: components["parameters"]["GrantId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Disconnect an app
         * @description Use this when the person wants an app to stop acting for them. Its refresh and access tokens stop within seconds; the app must ask again to reconnect.
         */
        delete: operations["disconnectApp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search tasks, care records, people and pets by words
         * @description Use this when the user looks for something by words ("the rabies shot", "when did Luna vomit") and you do not know which list holds it. Best match first. Needs records:read or tasks:read; searches only what the token may read.
         */
        get: operations["search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read any task, care record, person or pet by id
         * @description Use this to read one item in full by an id from search (or any task, record or subject id) when you do not know or need its kind; the text states every field. Prefer getTask, getRecord or getSubject when you need the item's fields as data.
         */
        get: operations["fetch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What is going on and coming up, in one call
         * @description Use this first when the user asks "what's going on?", "what's coming up?" or how everyone is doing: weights and their change, shots and medications due, tasks due this week and overdue, latest records. Pass subject_id for one person or pet.
         */
        get: operations["getOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How a weight, measurement or kind of record changed over time
         * @description Use this when the user asks how someone's weight (or temperature, or any measured value) developed, or how often something happened ("how many symptoms this year?"). Repeat the `notes`; they state the numbers plainly.
         */
        get: operations["getTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A summary of a period, for everyone or one person or pet
         * @description Use this when the user asks for a summary or review of a period ("how was last month?", "Max's year"): records by type, new symptoms, weight change, shots given and due, tasks done and open, and the notable events in order.
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or replace the secret calendar feed URL
         * @description Use this when the user wants their tasks and upcoming doses in Google Calendar, Apple Calendar or Outlook. Returns a new secret iCalendar URL to subscribe to; any earlier URL stops working at once.
         */
        post: operations["rotateCalendarFeed"];
        /**
         * Turn the calendar feed off
         * @description Use this when the user wants to stop sharing their calendar feed. The secret URL stops working at once; rotateCalendarFeed makes a new one.
         */
        delete: operations["deleteCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's webhooks
         * @description Use this to show the URLs the person has subscribed to Tend's events, newest first, each with its events and whether it is on. Signing secrets are never shown again. To page, call again with `cursor` = `next_cursor`.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to events
         * @description Use this to have Tend POST signed events (task.created, record.updated, …, or `all`) to a URL. The URL must be https on a public address. The signing `secret` is in this answer only: show it once. Not idempotent: a retry makes another webhook.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id, as returned by createWebhook or listWebhooks.
                 * @example 6b1f2e3d-4c5a-4b69-8d7e-9f0a1b2c3d4e
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        /**
         * Get one webhook
         * @description Use this to show one webhook's URL, events and state, without its secret.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Use this when the person no longer wants events sent to a URL. Nothing more is sent to it, and its delivery log goes with it.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook, or turn it off or on
         * @description Use this to change a webhook's URL, events or description, or to turn it off (`enabled: false`) or back on. Turning it on again clears why Tend turned it off. Only the fields sent change.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/account/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id, as returned by createWebhook or listWebhooks.
                 * @example 6b1f2e3d-4c5a-4b69-8d7e-9f0a1b2c3d4e
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        /**
         * List a webhook's deliveries and their attempts
         * @description Use this to see what Tend sent to a webhook, newest first: each event with its status and every attempt's HTTP status (or error) and time taken. To page, call again with `cursor` = `next_cursor`.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/webhooks/{webhook_id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id, as returned by createWebhook or listWebhooks.
                 * @example 6b1f2e3d-4c5a-4b69-8d7e-9f0a1b2c3d4e
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event to a webhook
         * @description Use this to check that a webhook's URL receives and verifies Tend's events: Tend queues one signed `ping` event, delivered like any other. Its result shows in listWebhookDeliveries.
         */
        post: operations["sendTestWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * See how reminders reach the person
         * @description Use this to show the person's reminder choices: mail at the due time, a morning digest or none, the digest hour in their time zone, Web Push, and the devices that receive it. `vapid_public_key` is the key a browser subscribes with.
         */
        get: operations["getReminderSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change how reminders reach the person
         * @description Use this when the person chooses mail at the due time, a morning digest or no mail, the digest hour, or turns Web Push on or off. Send only what changes. Mail goes only to a verified address.
         */
        patch: operations["updateReminderSettings"];
        trace?: never;
    };
    "/account/reminders/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive reminders on this browser by Web Push
         * @description Use this from a browser that subscribed with `vapid_public_key` from getReminderSettings: send its PushSubscription as JSON. Subscribing the same endpoint again replaces its keys.
         */
        post: operations["addPushDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/reminders/devices/{device_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The device's `id` from getReminderSettings. */
                device_id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop Web Push reminders on a device
         * @description Use this when the person no longer wants reminders on a device (or lost it). Its subscription is forgotten at once.
         */
        delete: operations["deletePushDevice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{task_id}/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task's id, as returned by listTasks or createTask.
                 * @example 7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remind again later
         * @description Use this when the person wants a task's reminder again later: no reminder goes before `minutes` from now, then one goes by each channel they chose. Snoozing again replaces the earlier snooze. Completing the task silences it.
         */
        post: operations["snoozeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the person's chat conversations
         * @description Use this to show the person's conversations with Tend's own chat, most recently active first. To page, call again with `cursor` = `next_cursor`.
         */
        get: operations["listConversations"];
        put?: never;
        /**
         * Start a chat conversation
         * @description Use this to start a new conversation with Tend's own chat; then send the person's first words with sendMessage. The title may be left out: the first message names it.
         */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation's id, as returned by createConversation or listConversations.
                 * @example 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b
                 */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        /**
         * Get a conversation with its messages
         * @description Use this to show a conversation: its latest messages in the order they were said. For older messages call again with `cursor` = `messages.next_cursor`.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        /**
         * Delete a conversation
         * @description Use this when the person wants a conversation gone: it and its messages are deleted for good. What the chat changed in Tend stays, in the activity log.
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{conversation_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation's id, as returned by createConversation or listConversations.
                 * @example 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b
                 */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say something in a conversation and get the reply
         * @description Use this to send the person's words (and any photo or PDF) and get Tend's reply, which may read and change their tasks and care records. Send `decision` instead to approve or decline a change the reply is waiting on.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chat usage and cost by day and model
         * @description Use this to show what the person's chat has cost: tokens and cost per day and model between `from` and `to` (this month by default), with the monthly budget and what is left of it.
         */
        get: operations["getUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the person's chat widgets
         * @description Use this to show the chat widgets the person has made for their own web pages, newest first, with the sites allowed to show each. To page, call again with `cursor`.
         */
        get: operations["listWidgets"];
        put?: never;
        /**
         * Make a chat widget for a web page
         * @description Use this to make a chat widget the person can put on their own web pages. Only the sites in `allowed_origins` may show it; get the snippet to paste with getWidgetEmbedCode.
         */
        post: operations["createWidget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/{widget_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's id, as returned by createWidget or listWidgets.
                 * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
                 */
                widget_id: components["parameters"]["WidgetId"];
            };
            cookie?: never;
        };
        /**
         * Get a chat widget's settings
         * @description Use this to show one chat widget's settings.
         */
        get: operations["getWidget"];
        put?: never;
        post?: never;
        /**
         * Delete a chat widget
         * @description Use this when the person no longer wants a widget: it stops working on every site at once, and the sign-ins made through it end.
         */
        delete: operations["deleteWidget"];
        options?: never;
        head?: never;
        /**
         * Change a chat widget's settings
         * @description Use this to change a widget's name, allowed sites, theme, position or greeting. Only the fields sent change. A site removed from `allowed_origins` is refused at once.
         */
        patch: operations["updateWidget"];
        trace?: never;
    };
    "/widgets/{widget_id}/embed-code": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's id, as returned by createWidget or listWidgets.
                 * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
                 */
                widget_id: components["parameters"]["WidgetId"];
            };
            cookie?: never;
        };
        /**
         * Get the snippet that puts a widget on a page
         * @description Use this to get the one line of HTML the person pastes into their own page to show the widget there. It holds no secret.
         */
        get: operations["getWidgetEmbedCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An RFC 3339 date-time, or a date (YYYY-MM-DD) meaning the start of that day in the user's time zone.
         * @example 2026-12-01
         */
        DateOrDateTime: string;
        /**
         * @description A short label, such as `errands` or `luna`. Compared case-insensitively; stored in lower case.
         * @example errands
         */
        Tag: string;
        /**
         * @description How urgent the task is. `normal` unless the user says otherwise.
         * @example normal
         * @enum {string}
         */
        Priority: "low" | "normal" | "high" | "urgent";
        /**
         * @description `open` until the user completes it, then `done`.
         * @example open
         * @enum {string}
         */
        TaskStatus: "open" | "done";
        /**
         * @description A task on the user's to-do list.
         * @example {
         *       "id": "7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6",
         *       "title": "Buy cat food",
         *       "notes": "The grain-free one Luna likes.",
         *       "status": "open",
         *       "priority": "normal",
         *       "tags": [
         *         "errands",
         *         "luna"
         *       ],
         *       "due_at": "2026-11-23T17:00:00+01:00",
         *       "due_date": "2026-11-23",
         *       "due_date_only": false,
         *       "due_text": "tomorrow 5pm",
         *       "overdue": false,
         *       "repeat": null,
         *       "repeat_rule": null,
         *       "subject_id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *       "subject_name": "Luna",
         *       "completed_at": null,
         *       "created_at": "2026-11-22T09:12:03.120+01:00",
         *       "updated_at": "2026-11-22T09:12:03.120+01:00"
         *     }
         */
        Task: {
            /**
             * Format: uuid
             * @description The task's id; use it with getTask, updateTask, completeTask and deleteTask.
             */
            id: string;
            /** @description What to do, in the user's words. */
            title: string;
            /** @description Longer free text, or null. In lists it is cut to 280 characters (see `notes_truncated`); getTask returns it whole. */
            notes: string | null;
            /** @description Present and true when `notes` was cut in a list; call getTask for the whole text. */
            notes_truncated?: boolean;
            status: components["schemas"]["TaskStatus"];
            priority: components["schemas"]["Priority"];
            /** @description Labels on the task, lower case. */
            tags: components["schemas"]["Tag"][];
            /**
             * Format: date-time
             * @description When the task is due, as RFC 3339 with the user's UTC offset, or null. For a date-only task this is the start of that day. Tell the user this time to confirm what was understood.
             */
            due_at: string | null;
            /**
             * Format: date
             * @description The calendar day the task is due in the user's time zone (YYYY-MM-DD), or null.
             */
            due_date: string | null;
            /** @description True when the task is due on a day rather than at a time. */
            due_date_only: boolean;
            /** @description The words the due date was given in (`due_text` of the request), or null when it was given as a date or time. */
            due_text: string | null;
            /** @description True when the task is open and its due time has passed (for a date-only task, once its day has ended). */
            overdue: boolean;
            /** @description How often the task repeats, in the words it was given ("every Monday"), or null for a one-off task. */
            repeat: string | null;
            /** @description The repeat as an iCalendar RRULE (RFC 5545), e.g. `FREQ=DAILY;BYHOUR=8;BYMINUTE=0`, evaluated in the user's time zone from `due_at`; or null. Say it back in words to confirm what was understood. */
            repeat_rule: string | null;
            next_occurrence?: components["schemas"]["TaskOccurrence"];
            /**
             * Format: uuid
             * @description The id of the person or pet the task is about, or null.
             */
            subject_id: string | null;
            /** @description That subject's name, or null. */
            subject_name: string | null;
            /**
             * Format: date-time
             * @description When the task was completed, or null while it is open.
             */
            completed_at: string | null;
            /**
             * Format: date-time
             * @description When the task was added.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the task last changed.
             */
            updated_at: string;
        };
        /**
         * @description Only in completeTask's answer for a repeating task: the next occurrence, a new open task with its own id (getTask has the rest of it). Absent when the task does not repeat or its rule has no further occurrence.
         * @example {
         *       "id": "2a9c4e1f-3b5d-4f7a-9c1e-5d7f9b1a3c5e",
         *       "title": "Give Luna her pill",
         *       "status": "open",
         *       "due_at": "2026-11-23T08:00:00.000+01:00",
         *       "due_date": "2026-11-23",
         *       "due_date_only": false,
         *       "repeat": "daily at 8am",
         *       "repeat_rule": "FREQ=DAILY;BYHOUR=8;BYMINUTE=0",
         *       "subject_id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *       "subject_name": "Luna"
         *     }
         */
        TaskOccurrence: {
            /**
             * Format: uuid
             * @description The new task's id; use it with getTask, updateTask, completeTask and deleteTask.
             */
            id: string;
            /** @description What to do, as in the completed task. */
            title: string;
            status: components["schemas"]["TaskStatus"];
            /**
             * Format: date-time
             * @description When the next occurrence is due, as RFC 3339 with the user's UTC offset; tell the user.
             */
            due_at: string | null;
            /**
             * Format: date
             * @description The calendar day it is due in the user's time zone (YYYY-MM-DD), or null.
             */
            due_date: string | null;
            /** @description True when it is due on a day rather than at a time. */
            due_date_only: boolean;
            /** @description How often it repeats, in the words it was given. */
            repeat: string | null;
            /** @description The repeat as an iCalendar RRULE (RFC 5545). */
            repeat_rule: string | null;
            /**
             * Format: uuid
             * @description The id of the person or pet it is about, or null.
             */
            subject_id: string | null;
            /** @description That subject's name, or null. */
            subject_name: string | null;
        };
        /**
         * @description A new task. Give at most one of `due_text`, `due_at` and `due_date`.
         * @example {
         *       "title": "Buy cat food",
         *       "due_text": "tomorrow 5pm",
         *       "tags": [
         *         "errands"
         *       ],
         *       "subject": "Luna"
         *     }
         */
        TaskCreate: {
            /** @description What to do, short, in the user's words ("Buy cat food"). */
            title: string;
            /** @description Optional longer details. */
            notes?: string | null;
            /** @description When it is due, in the user's words ("tomorrow 5pm", "next friday", "Dec 3 at 10:30"); a weekday means the coming one, no time makes a date-only task. Prefer this to computing `due_at`. */
            due_text?: string | null;
            /**
             * Format: date-time
             * @description When it is due, as an RFC 3339 date-time with offset. Use only when you have an exact time.
             */
            due_at?: string | null;
            /**
             * Format: date
             * @description The day it is due (YYYY-MM-DD) when there is no time of day.
             */
            due_date?: string | null;
            /** @description How often it repeats, in the user's words: "daily at 8am", "every weekday", "every Monday and Thursday", "every other week", "monthly on the 15th", "twice a day". Completing it adds the next occurrence; without a due date, the first one from now is the due date. */
            repeat?: string | null;
            priority?: components["schemas"]["Priority"];
            /** @description Labels for grouping and filtering, e.g. ["errands"]. At most 10. */
            tags?: components["schemas"]["Tag"][];
            /**
             * Format: uuid
             * @description The id of the person or pet the task is about (from findSubjects).
             */
            subject_id?: string;
            /** @description The name of the person or pet the task is about, as the user said it ("Luna"). Give at most one of subject and subject_id. */
            subject?: string;
            /**
             * @description true only after a 409 duplicate_suspected, once the user confirmed they want another task of this title.
             * @default false
             */
            confirm_duplicate: boolean;
        };
        /**
         * @description The fields to change; fields left out stay as they are. At most one of `due_text`, `due_at` and `due_date`.
         * @example {
         *       "due_text": "friday 9am",
         *       "notes": null
         *     }
         */
        TaskUpdate: {
            /** @description The new title. */
            title?: string;
            /** @description New notes; null removes them. */
            notes?: string | null;
            /** @description A new due date in the user's words ("friday 9am"); null removes the due date. */
            due_text?: string | null;
            /**
             * Format: date-time
             * @description A new due time as RFC 3339 with offset; null removes the due date.
             */
            due_at?: string | null;
            /**
             * Format: date
             * @description A new due day (YYYY-MM-DD) without time; null removes the due date.
             */
            due_date?: string | null;
            /** @description How often the task repeats from now on, in the user's words ("every Monday"); null makes it a one-off task. */
            repeat?: string | null;
            priority?: components["schemas"]["Priority"];
            /** @description The new full list of tags (replaces the old one); [] removes all. */
            tags?: components["schemas"]["Tag"][];
            /**
             * Format: uuid
             * @description The person or pet the task is about, by id; null makes it about no one.
             */
            subject_id?: string | null;
            /** @description The person or pet the task is about, by name (resolved as in createTask). */
            subject?: string;
        };
        /**
         * @description Up to 50 new tasks, each what createTask takes. Each item is its own write, not all-or-nothing: it is read, checked for a duplicate, stored and journaled exactly as the single call would (undo works per item), so the good items land while the model fixes the one it got wrong, and a retried batch adds nothing twice (the duplicate guard answers 409 for what is stored). A body off the schema (a wrong field, more than 50 items) is refused whole with 400 before anything is stored.
         * @example {
         *       "items": [
         *         {
         *           "title": "Buy cat food",
         *           "due_text": "tomorrow 5pm",
         *           "subject": "Luna"
         *         },
         *         {
         *           "title": "Book the vet",
         *           "due_text": "next friday"
         *         },
         *         {
         *           "title": "Renew the passport",
         *           "due_date": "2026-12-15"
         *         }
         *       ]
         *     }
         */
        TaskBatch: {
            /** @description The tasks to add, in order; `results` answers in the same order. */
            items: components["schemas"]["TaskCreate"][];
        };
        /**
         * @description Up to 50 tasks to mark done, by id. Each is completed on its own, exactly as completeTask does (a repeating task gets its next occurrence; a done one is left as it is); an id that is not one of the user's tasks is a 404 in its place while the others are still completed. Each completion is journaled and can be undone alone.
         * @example {
         *       "task_ids": [
         *         "7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6",
         *         "2a9c4e1f-3b5d-4f7a-9c1e-5d7f9b1a3c5e"
         *       ]
         *     }
         */
        TaskCompletions: {
            /** @description The ids of the tasks that are done (from listTasks), in order; `results` answers in the same order. */
            task_ids: string[];
        };
        /**
         * @description What became of each item of createTasks or completeTasks, in the order sent. The request as a whole answers 200; each item has its own `status`.
         * @example {
         *       "results": [
         *         {
         *           "index": 0,
         *           "status": 201,
         *           "task": {
         *             "id": "7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6",
         *             "title": "Buy cat food",
         *             "notes": null,
         *             "status": "open",
         *             "priority": "normal",
         *             "tags": [],
         *             "due_at": "2026-11-23T17:00:00.000+01:00",
         *             "due_date": "2026-11-23",
         *             "due_date_only": false,
         *             "due_text": "tomorrow 5pm",
         *             "overdue": false,
         *             "repeat": null,
         *             "repeat_rule": null,
         *             "subject_id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *             "subject_name": "Luna",
         *             "completed_at": null,
         *             "created_at": "2026-11-22T09:12:03.120+01:00",
         *             "updated_at": "2026-11-22T09:12:03.120+01:00"
         *           }
         *         },
         *         {
         *           "index": 1,
         *           "status": 422,
         *           "problem": {
         *             "type": "urn:tend:problem:unparseable_date",
         *             "title": "Unparseable date",
         *             "status": 422,
         *             "detail": "Could not read a date from \"whenever\".",
         *             "code": "unparseable_date",
         *             "errors": [
         *               {
         *                 "pointer": "/body/items/1/due_text",
         *                 "reason": "not a date Tend understands"
         *               }
         *             ],
         *             "hint": "Ask the user when it is due, then send due_text like \"tomorrow 5pm\" or due_date as YYYY-MM-DD.",
         *             "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
         *           }
         *         }
         *       ],
         *       "succeeded": 1,
         *       "failed": 1
         *     }
         */
        TaskBatchResults: {
            /** @description One entry per item, in the order sent. */
            results: components["schemas"]["TaskBatchResult"][];
            /** @description How many items were created or completed. */
            succeeded: number;
            /** @description How many items have a `problem` instead; tell the user about each. */
            failed: number;
        };
        /**
         * @description One item's outcome: `task` when it was created (201) or completed (200), else `problem`, the problem the single call would have answered, its pointers into this request (`/body/items/2/due_text`). Fix or ask about that item and send it again alone or in a new batch; do not resend the items that succeeded.
         * @example {
         *       "index": 0,
         *       "status": 200,
         *       "task": {
         *         "id": "7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6",
         *         "title": "Buy cat food",
         *         "notes": null,
         *         "status": "done",
         *         "priority": "normal",
         *         "tags": [],
         *         "due_at": null,
         *         "due_date": null,
         *         "due_date_only": false,
         *         "due_text": null,
         *         "overdue": false,
         *         "repeat": null,
         *         "repeat_rule": null,
         *         "subject_id": null,
         *         "subject_name": null,
         *         "completed_at": "2026-11-22T10:00:00.000+01:00",
         *         "created_at": "2026-11-22T09:12:03.120+01:00",
         *         "updated_at": "2026-11-22T10:00:00.000+01:00"
         *       }
         *     }
         */
        TaskBatchResult: {
            /** @description The item's position in the request, counted from 0. */
            index: number;
            /** @description The HTTP status the single call would have answered for this item (201, 200, or 4xx). */
            status: number;
            task?: components["schemas"]["Task"];
            problem?: components["schemas"]["Problem"];
        };
        /**
         * @description One page of tasks.
         * @example {
         *       "items": [
         *         {
         *           "id": "7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6",
         *           "title": "Buy cat food",
         *           "notes": null,
         *           "status": "open",
         *           "priority": "normal",
         *           "tags": [
         *             "errands"
         *           ],
         *           "due_at": "2026-11-23T17:00:00+01:00",
         *           "due_date": "2026-11-23",
         *           "due_date_only": false,
         *           "due_text": "tomorrow 5pm",
         *           "overdue": false,
         *           "repeat": null,
         *           "repeat_rule": null,
         *           "subject_id": null,
         *           "subject_name": null,
         *           "completed_at": null,
         *           "created_at": "2026-11-22T09:12:03.120+01:00",
         *           "updated_at": "2026-11-22T09:12:03.120+01:00"
         *         }
         *       ],
         *       "next_cursor": null
         *     }
         */
        TaskPage: {
            /** @description The tasks on this page, in order. */
            items: components["schemas"]["Task"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description `person` for people (the user, family), `pet` for animals.
         * @example pet
         * @enum {string}
         */
        SubjectKind: "person" | "pet";
        /**
         * @description What kind of animal a pet is. `other` for any animal not listed.
         * @example cat
         * @enum {string}
         */
        Species: "cat" | "dog" | "rabbit" | "guinea_pig" | "hamster" | "bird" | "fish" | "reptile" | "horse" | "other";
        /**
         * @description The subject's sex, `unknown` unless the user says.
         * @example female
         * @enum {string}
         */
        Sex: "female" | "male" | "unknown";
        /**
         * @description How much of the birthday is known; `null` when nothing is.
         * @example month
         * @enum {string|null}
         */
        BirthdayPrecision: "day" | "month" | "year" | null;
        /**
         * @description A person or pet the user keeps records and tasks for.
         * @example {
         *       "id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *       "name": "Luna",
         *       "kind": "pet",
         *       "is_self": false,
         *       "species": "cat",
         *       "breed": "European shorthair",
         *       "sex": "female",
         *       "birth_date": null,
         *       "birth_month": "2024-05",
         *       "birth_year": 2024,
         *       "birthday_precision": "month",
         *       "age_text": "about 2 years",
         *       "next_birthday": null,
         *       "notes": "Shy with strangers.",
         *       "archived": false,
         *       "created_at": "2026-11-22T10:00:00.000+01:00",
         *       "updated_at": "2026-11-22T10:00:00.000+01:00"
         *     }
         */
        Subject: {
            /**
             * Format: uuid
             * @description The subject's id; pass it as `subject_id` to record or task operations.
             */
            id: string;
            /** @description The name as the user gave it. */
            name: string;
            kind: components["schemas"]["SubjectKind"];
            /** @description True for the user themself ("me", "I"); every user has exactly one. */
            is_self: boolean;
            /**
             * @description For a pet, its species; null for a person or when unknown.
             * @enum {string|null}
             */
            species: "cat" | "dog" | "rabbit" | "guinea_pig" | "hamster" | "bird" | "fish" | "reptile" | "horse" | "other" | null;
            /** @description The breed in the user's words, or null. */
            breed: string | null;
            sex: components["schemas"]["Sex"];
            /**
             * Format: date
             * @description The birthday (YYYY-MM-DD) when the day is known, else null.
             */
            birth_date: string | null;
            /** @description The birth month (YYYY-MM) when at least the month is known, else null. */
            birth_month: string | null;
            /** @description The birth year when known, else null. */
            birth_year: number | null;
            birthday_precision: components["schemas"]["BirthdayPrecision"];
            /** @description The age today as people say it ("2 years", "about 6 months"; "about" when the birthday is approximate), or null. Repeat it to the user to confirm what was understood. */
            age_text: string | null;
            /**
             * Format: date
             * @description The next birthday (YYYY-MM-DD, today or later), only when the exact day is known; else null.
             */
            next_birthday: string | null;
            /** @description Free text about the subject, or null. */
            notes: string | null;
            /** @description True once the subject was deleted; its records are kept and readable by id. */
            archived: boolean;
            /**
             * Format: date-time
             * @description When the subject was added.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the subject last changed.
             */
            updated_at: string;
        };
        /**
         * @description A new person or pet. Give the birthday with at most one of `birth_date`, `birth_month`, `birth_year`, `age_text` and `age_months`.
         * @example {
         *       "name": "Luna",
         *       "species": "kitty",
         *       "age_text": "about 2 years",
         *       "sex": "female"
         *     }
         */
        SubjectCreate: {
            /** @description The name the user calls them by ("Luna", "Grandma"). */
            name: string;
            kind?: components["schemas"]["SubjectKind"];
            /** @description For a pet, its species in the user's words ("kitty", "puppy", "guinea pig"), mapped to cat, dog, rabbit, guinea_pig, hamster, bird, fish, reptile, horse or other; an unknown word is a 422 listing them. A species makes the subject a pet. */
            species?: string | null;
            /** @description The breed, in the user's words. */
            breed?: string | null;
            sex?: components["schemas"]["Sex"];
            /**
             * Format: date
             * @description The exact birthday (YYYY-MM-DD).
             */
            birth_date?: string | null;
            /** @description The birth month (YYYY-MM) when only the month is known. */
            birth_month?: string | null;
            /** @description The birth year when only the year is known. */
            birth_year?: number | null;
            /** @description The age in the user's words when the birthday is unknown ("6 months old", "about 2 years", "3 yo"); Tend works out an approximate birthday. */
            age_text?: string | null;
            /** @description The age in whole months, when that is what you have. */
            age_months?: number | null;
            /** @description Free text about the subject. */
            notes?: string | null;
            /**
             * @description true only after a 409 duplicate_suspected, once the user confirmed this is another subject of the same name.
             * @default false
             */
            confirm_duplicate: boolean;
        };
        /**
         * @description The fields to change; fields left out stay as they are. At most one of `birth_date`, `birth_month`, `birth_year`, `age_text` and `age_months`; any of them null clears the birthday.
         * @example {
         *       "birth_date": "2024-05-14"
         *     }
         */
        SubjectUpdate: {
            /** @description The new name. */
            name?: string;
            kind?: components["schemas"]["SubjectKind"];
            /** @description The species in the user's words (see createSubject); null clears it. */
            species?: string | null;
            /** @description The breed; null clears it. */
            breed?: string | null;
            sex?: components["schemas"]["Sex"];
            /**
             * Format: date
             * @description The exact birthday (YYYY-MM-DD).
             */
            birth_date?: string | null;
            /** @description The birth month (YYYY-MM). */
            birth_month?: string | null;
            /** @description The birth year. */
            birth_year?: number | null;
            /** @description The age in the user's words ("about 3 years"). */
            age_text?: string | null;
            /** @description The age in whole months. */
            age_months?: number | null;
            /** @description New notes; null removes them. */
            notes?: string | null;
        };
        /**
         * @description One page of subjects.
         * @example {
         *       "items": [
         *         {
         *           "id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *           "name": "Luna",
         *           "kind": "pet",
         *           "is_self": false,
         *           "species": "cat",
         *           "breed": null,
         *           "sex": "female",
         *           "birth_date": null,
         *           "birth_month": "2024-05",
         *           "birth_year": 2024,
         *           "birthday_precision": "month",
         *           "age_text": "about 2 years",
         *           "next_birthday": null,
         *           "notes": null,
         *           "archived": false,
         *           "created_at": "2026-11-22T10:00:00.000+01:00",
         *           "updated_at": "2026-11-22T10:00:00.000+01:00"
         *         }
         *       ],
         *       "next_cursor": null
         *     }
         */
        SubjectPage: {
            /** @description The subjects on this page, by name. */
            items: components["schemas"]["Subject"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description What to look for; give `name`, `species` or both.
         * @example {
         *       "name": "luna"
         *     }
         */
        SubjectQuery: {
            /** @description The name as the user said it ("luna", "Lunaa"); case, accents and small typos are tolerated. "me" finds the user. */
            name?: string;
            /** @description A species in the user's words ("cat", "puppy"), to find "my dog". */
            species?: string;
            /**
             * @description How many candidates to return at most (1 to 20, default 5).
             * @default 5
             */
            limit: number;
        };
        /**
         * @description One candidate for a name, with how well it matched.
         * @example {
         *       "match": "exact",
         *       "similarity": 1,
         *       "subject": {
         *         "id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *         "name": "Luna",
         *         "kind": "pet",
         *         "is_self": false,
         *         "species": "cat",
         *         "breed": null,
         *         "sex": "female",
         *         "birth_date": null,
         *         "birth_month": null,
         *         "birth_year": null,
         *         "birthday_precision": null,
         *         "age_text": null,
         *         "next_birthday": null,
         *         "notes": null,
         *         "archived": false,
         *         "created_at": "2026-11-22T10:00:00.000+01:00",
         *         "updated_at": "2026-11-22T10:00:00.000+01:00"
         *       }
         *     }
         */
        SubjectMatch: {
            /**
             * @description `exact` (same name), `prefix` (the name starts with it), `similar` (close spelling), or `species` (only the species was asked for).
             * @enum {string}
             */
            match: "exact" | "prefix" | "similar" | "species";
            /** @description Trigram similarity of the names from 0 to 1 (1 for an exact match). */
            similarity: number;
            subject: components["schemas"]["Subject"];
        };
        /**
         * @description The candidates for a findSubjects query, best first.
         * @example {
         *       "candidates": [
         *         {
         *           "match": "prefix",
         *           "similarity": 0.5,
         *           "subject": {
         *             "id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *             "name": "Luna",
         *             "kind": "pet",
         *             "is_self": false,
         *             "species": "cat",
         *             "breed": null,
         *             "sex": "female",
         *             "birth_date": null,
         *             "birth_month": null,
         *             "birth_year": null,
         *             "birthday_precision": null,
         *             "age_text": null,
         *             "next_birthday": null,
         *             "notes": null,
         *             "archived": false,
         *             "created_at": "2026-11-22T10:00:00.000+01:00",
         *             "updated_at": "2026-11-22T10:00:00.000+01:00"
         *           }
         *         }
         *       ]
         *     }
         */
        SubjectMatches: {
            /** @description Best first. One: use it. None: offer to create it. Several: ask the user which one. */
            candidates: components["schemas"]["SubjectMatch"][];
        };
        /**
         * @description What kind of record: `weight`, `vaccination`, `medication`, `symptom`, `visit` (vet, doctor), `measurement` (temperature, height…), `note`, or `other`.
         * @example weight
         * @enum {string}
         */
        RecordType: "weight" | "vaccination" | "medication" | "symptom" | "visit" | "measurement" | "note" | "other";
        /**
         * @description Something that happened to the user, a person or a pet, as stored.
         * @example {
         *       "id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *       "subject_id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *       "subject_name": "Luna",
         *       "type": "weight",
         *       "type_text": null,
         *       "title": "Weight",
         *       "details": "At the vet, before her check-up.",
         *       "tags": [
         *         "vet"
         *       ],
         *       "occurred_at": "2026-11-22T10:00:00.000+01:00",
         *       "occurred_date": "2026-11-22",
         *       "occurred_date_only": false,
         *       "when_text": null,
         *       "value": 4.196,
         *       "unit": "kg",
         *       "metric": "weight",
         *       "value_text": "9 lbs 4 oz",
         *       "next_due": null,
         *       "next_due_text": null,
         *       "created_at": "2026-11-22T10:00:00.000+01:00",
         *       "updated_at": "2026-11-22T10:00:00.000+01:00"
         *     }
         */
        CareRecord: {
            /**
             * Format: uuid
             * @description The record's id; use it with getRecord, updateRecord and deleteRecord.
             */
            id: string;
            /**
             * Format: uuid
             * @description The id of the person or pet the record is about.
             */
            subject_id: string;
            /** @description That subject's name, to say back to the user. */
            subject_name: string;
            type: components["schemas"]["RecordType"];
            /** @description The user's word for the type when Tend did not know it and stored `other` ("grooming"); else null. */
            type_text: string | null;
            /** @description A short title ("Rabies booster"). */
            title: string;
            /** @description Longer free text, or null. In lists it is cut to 280 characters (see `details_truncated`); getRecord returns it whole. */
            details: string | null;
            /** @description Present and true when `details` was cut in a list; call getRecord for the whole text. */
            details_truncated?: boolean;
            /** @description Labels on the record, lower case. */
            tags: components["schemas"]["Tag"][];
            /**
             * Format: date-time
             * @description When it happened, as RFC 3339 with the user's UTC offset; for a record given as a day only, the start of that day. Tell the user this to confirm.
             */
            occurred_at: string;
            /**
             * Format: date
             * @description The day it happened in the user's time zone (YYYY-MM-DD).
             */
            occurred_date: string;
            /** @description True when only the day is known, not the time. */
            occurred_date_only: boolean;
            /** @description The words `when` was given in, or null when it was omitted (now). */
            when_text: string | null;
            /** @description The measured value as stored, or null; weights are in kg, temperatures in °C. */
            value: number | null;
            /** @description The unit of `value` (`kg` for weights, `°C` for temperatures, as given otherwise), or null. */
            unit: string | null;
            /** @description What was measured (`weight`, `temperature`, `height`, or the name given), or null. */
            metric: string | null;
            /** @description The value as the user gave it ("9 lbs 4 oz", "101.5 F"), or null. Repeat the stored value and this to the user. */
            value_text: string | null;
            /**
             * Format: date
             * @description For vaccinations and medications, the day the next dose or booster is due (YYYY-MM-DD), or null.
             */
            next_due: string | null;
            /** @description The words the next due date was given in ("in 1 year"), or null. */
            next_due_text: string | null;
            /** @description The record's files, oldest first (not in lists). */
            attachments?: components["schemas"]["Attachment"][];
            /** @description Only in createRecord's answer when `create_reminder` was true: the task made to remind the user of `next_due`. Tell the user it was added. */
            reminder_task?: components["schemas"]["Task"];
            /**
             * Format: date-time
             * @description When the record was added.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the record last changed.
             */
            updated_at: string;
        };
        /**
         * @description A file kept with a care record.
         * @example {
         *       "id": "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
         *       "name": "invoice.pdf",
         *       "media_type": "application/pdf",
         *       "size": 48213,
         *       "created_at": "2026-11-22T10:00:00.000+01:00",
         *       "download_url": "https://tend.example/v1/attachments/6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
         *     }
         */
        Attachment: {
            /**
             * Format: uuid
             * @description The file's id.
             */
            id: string;
            /** @description The file's name. */
            name: string;
            /** @description Its type, read from its bytes. */
            media_type: string;
            /** @description Its size in bytes. */
            size: number;
            /**
             * Format: date-time
             * @description When it was added.
             */
            created_at: string;
            /**
             * Format: uri
             * @description Where its bytes are (getAttachment).
             */
            download_url: string;
        };
        /**
         * Format: binary
         * @description A file's bytes, exactly as stored.
         * @example %PDF-1.7 …
         */
        FileBytes: string;
        /**
         * @description A file shared in the conversation; Tend fetches `download_link`.
         * @example {
         *       "name": "invoice.pdf",
         *       "id": "file-s5nX7o4junn2ig0J84r8Q0Ew",
         *       "mime_type": "application/pdf",
         *       "download_link": "https://files.oaiusercontent.com/file-s5nX7o4junn2ig0J84r8Q0Ew?sig=abc"
         *     }
         */
        OpenAiFileRef: {
            /** @description The file's name. */
            name?: string;
            /** @description ChatGPT's id for the file. */
            id?: string;
            /** @description Ignored; the type is read from the bytes. */
            mime_type?: string;
            /** @description The https URL to fetch it from. */
            download_link: string;
        };
        /**
         * @description A new care record. Name the subject with at most one of `subject_id` and `subject` (neither: the user themself). Give the value as `value_text`, or as `value` with `unit`.
         * @example {
         *       "subject": "Luna",
         *       "type": "weight",
         *       "value_text": "9 lbs 4 oz",
         *       "when": "yesterday evening",
         *       "tags": [
         *         "vet"
         *       ]
         *     }
         */
        RecordCreate: {
            /**
             * Format: uuid
             * @description The id of the person or pet (from findSubjects).
             */
            subject_id?: string;
            /** @description The person's or pet's name as the user said it ("Luna"; "me" is the user). */
            subject?: string;
            /** @description The kind of record in a word: weight, vaccination (shot, jab), medication (meds, pill), symptom, visit (vet, doctor), measurement, note. Other words are stored as `other`, echoed in `type_text`. */
            type: string;
            /** @description A short title ("Rabies booster", "Headache"); defaults to the type. */
            title?: string;
            /** @description Longer free text (dose, what the vet said). */
            details?: string | null;
            /** @description Labels for grouping and filtering, e.g. ["vet"]. At most 10. */
            tags?: components["schemas"]["Tag"][];
            /** @description When it happened, in the user's words ("yesterday evening", "last Tuesday", "3 days ago") or RFC 3339; a weekday means the last one. Omitted: now. */
            when?: string;
            /** @description The value in the user's words ("4.3 kg", "9 lbs 4 oz", "101.5 F"); weights are stored in kg, temperatures in °C, other values in their unit. */
            value_text?: string | null;
            /** @description The value as a number, with `unit`; use value_text for mixed units like "9 lbs 4 oz". */
            value?: number | null;
            /** @description The unit of `value` ("kg", "lb", "g", "oz", "°F", "°C", "cm", "mg"). */
            unit?: string | null;
            /** @description For a measurement, what was measured ("temperature", "height", "blood glucose"). */
            metric?: string | null;
            /** @description For vaccinations and medications, when the next one is due in the user's words: "in 1 year", "every 3 months", "yearly", "next March". Intervals count from the day of this record. */
            next_due_text?: string | null;
            /**
             * Format: date
             * @description For vaccinations and medications, the day the next one is due (YYYY-MM-DD).
             */
            next_due?: string | null;
            /**
             * @description true only after a 409 duplicate_suspected, once the user confirmed this is another record.
             * @default false
             */
            confirm_duplicate: boolean;
            /**
             * @description With a next due date: true also adds a task ("Luna: Rabies booster due") due then, returned as `reminder_task`. Set it when the user asks to be reminded.
             * @default false
             */
            create_reminder: boolean;
            /** @description Files the user shared to keep with this record: PDFs or pictures, at most 10 of 10 MB. If one is refused, nothing is stored and the problem names it; send again without it only if the user agrees. */
            openaiFileIdRefs?: components["schemas"]["OpenAiFileRef"][];
        };
        /**
         * @description Up to 50 new care records, each what createRecord takes. Each item is its own write, not all-or-nothing: it is read, checked for a duplicate, stored and journaled exactly as the single call would (undo works per item), so the good items land while the model fixes the one it got wrong, and a retried batch adds nothing twice (the duplicate guard answers 409 for what is stored). A body off the schema (a wrong field, more than 50 items) is refused whole with 400 before anything is stored.
         * @example {
         *       "items": [
         *         {
         *           "subject": "Luna",
         *           "type": "weight",
         *           "value_text": "4.2 kg",
         *           "when": "yesterday"
         *         },
         *         {
         *           "subject": "Max",
         *           "type": "weight",
         *           "value_text": "31 lbs",
         *           "when": "yesterday"
         *         }
         *       ]
         *     }
         */
        RecordBatch: {
            /** @description The records to add, in order; `results` answers in the same order. */
            items: components["schemas"]["RecordCreate"][];
        };
        /**
         * @description What became of each item of createRecords, in the order sent. The request as a whole answers 200; each item has its own `status`.
         * @example {
         *       "results": [
         *         {
         *           "index": 0,
         *           "status": 409,
         *           "problem": {
         *             "type": "urn:tend:problem:duplicate_suspected",
         *             "title": "Duplicate suspected",
         *             "status": 409,
         *             "detail": "Luna already has a weight record on 2026-11-21 with 4.2 kg.",
         *             "code": "duplicate_suspected",
         *             "hint": "Ask the user whether this is the same one (then do nothing); only if it is another, send the request again with confirm_duplicate true.",
         *             "existing": [
         *               {
         *                 "id": "3c8d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
         *                 "title": "Weight"
         *               }
         *             ],
         *             "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
         *           }
         *         }
         *       ],
         *       "succeeded": 0,
         *       "failed": 1
         *     }
         */
        RecordBatchResults: {
            /** @description One entry per item, in the order sent. */
            results: components["schemas"]["RecordBatchResult"][];
            /** @description How many records were stored. */
            succeeded: number;
            /** @description How many items have a `problem` instead; tell the user about each. */
            failed: number;
        };
        /**
         * @description One item's outcome: `record` when it was stored (201), else `problem`, the problem the single call would have answered, its pointers into this request (`/body/items/2/value_text`). Fix or ask about that item and send it again alone or in a new batch; do not resend the items that succeeded.
         * @example {
         *       "index": 1,
         *       "status": 404,
         *       "problem": {
         *         "type": "urn:tend:problem:unknown_subject",
         *         "title": "Unknown subject",
         *         "status": 404,
         *         "detail": "No person or pet is called Oscar.",
         *         "code": "unknown_subject",
         *         "hint": "Ask the user who they mean, or offer to add Oscar with createSubject, then send subject_id.",
         *         "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
         *       }
         *     }
         */
        RecordBatchResult: {
            /** @description The item's position in the request, counted from 0. */
            index: number;
            /** @description The HTTP status the single call would have answered for this item (201 or 4xx). */
            status: number;
            record?: components["schemas"]["CareRecord"];
            /**
             * Format: uuid
             * @description When the item asked for `create_reminder`: the id of the task made to remind the user of `next_due` (getTask has it; the whole task is left out here to keep 50 results small). Tell the user it was added.
             */
            reminder_task_id?: string;
            problem?: components["schemas"]["Problem"];
        };
        /**
         * @description The fields to change; fields left out stay as they are.
         * @example {
         *       "value_text": "4.4 kg"
         *     }
         */
        RecordUpdate: {
            /**
             * Format: uuid
             * @description Move the record to this person or pet.
             */
            subject_id?: string;
            /** @description Move the record to the subject with this name (resolved as in createRecord). */
            subject?: string;
            /** @description The new type in a word (see createRecord). */
            type?: string;
            /** @description The new title. */
            title?: string;
            /** @description New details; null removes them. */
            details?: string | null;
            /** @description The new full list of tags (replaces the old one); [] removes all. */
            tags?: components["schemas"]["Tag"][];
            /** @description When it happened, in the user's words or RFC 3339. */
            when?: string;
            /** @description The new value in the user's words; null removes the value. */
            value_text?: string | null;
            /** @description The new value as a number, with `unit`; null removes the value. */
            value?: number | null;
            /** @description The unit of `value`. */
            unit?: string | null;
            /** @description What was measured. */
            metric?: string | null;
            /** @description When the next one is due, in the user's words; null removes it. */
            next_due_text?: string | null;
            /**
             * Format: date
             * @description The day the next one is due (YYYY-MM-DD); null removes it.
             */
            next_due?: string | null;
        };
        /**
         * @description One page of care records.
         * @example {
         *       "items": [
         *         {
         *           "id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *           "subject_id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *           "subject_name": "Max",
         *           "type": "vaccination",
         *           "type_text": null,
         *           "title": "Rabies booster",
         *           "details": null,
         *           "tags": [],
         *           "occurred_at": "2026-11-21T00:00:00.000+01:00",
         *           "occurred_date": "2026-11-21",
         *           "occurred_date_only": true,
         *           "when_text": "yesterday",
         *           "value": null,
         *           "unit": null,
         *           "metric": null,
         *           "value_text": null,
         *           "next_due": "2027-11-21",
         *           "next_due_text": "in 1 year",
         *           "created_at": "2026-11-22T10:00:00.000+01:00",
         *           "updated_at": "2026-11-22T10:00:00.000+01:00"
         *         }
         *       ],
         *       "next_cursor": null
         *     }
         */
        RecordPage: {
            /** @description The records on this page, newest first. */
            items: components["schemas"]["CareRecord"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description What a credential may do: `tasks:read`, `tasks:write`, `records:read` (people, pets and care records), `records:write`, `account` (API keys, connected apps), or `chat` (Tend's own chat).
         * @example tasks:read
         * @enum {string}
         */
        Scope: "tasks:read" | "tasks:write" | "records:read" | "records:write" | "account" | "chat";
        /**
         * @description The signed-in person's account.
         * @example {
         *       "id": "1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6",
         *       "email": "sam@example.com",
         *       "display_name": "Sam",
         *       "timezone": "Europe/Berlin",
         *       "created_at": "2026-11-01T10:00:00.000+01:00"
         *     }
         */
        Account: {
            /**
             * Format: uuid
             * @description The person's id.
             */
            id: string;
            /** @description The email address they sign in with. */
            email: string;
            /** @description The name Tend calls them by. */
            display_name: string;
            /** @description The IANA time zone Tend reads and shows dates in, e.g. Europe/Berlin. */
            timezone: string;
            /**
             * Format: date-time
             * @description When the account was made.
             */
            created_at: string;
        };
        /**
         * @description A personal API key, without its secret.
         * @example {
         *       "id": "2a6e8f0c-4b1d-4e7a-9c3f-5d8b0a1e2f34",
         *       "name": "Shortcuts on my phone",
         *       "prefix": "tend_Xq3vK9aB",
         *       "scopes": [
         *         "tasks:read",
         *         "tasks:write"
         *       ],
         *       "created_at": "2026-11-20T18:02:11.000+01:00",
         *       "last_used_at": "2026-11-22T08:45:00.000+01:00"
         *     }
         */
        ApiKey: {
            /**
             * Format: uuid
             * @description The key's id; use it with revokeApiKey.
             */
            id: string;
            /** @description What the person called the key, e.g. the script that uses it. */
            name: string;
            /** @description The key's first characters (`tend_…`), to tell keys apart; the rest is never shown again. */
            prefix: string;
            /** @description What the key may do. */
            scopes: components["schemas"]["Scope"][];
            /**
             * Format: date-time
             * @description When the key was made.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the key was last used (to within a minute), or null if never.
             */
            last_used_at: string | null;
        };
        /**
         * @description A new API key.
         * @example {
         *       "name": "Shortcuts on my phone",
         *       "scopes": [
         *         "tasks:read",
         *         "tasks:write"
         *       ]
         *     }
         */
        ApiKeyCreate: {
            /** @description What the key is for, so the person recognizes it in the list later. */
            name: string;
            /** @description What the key may do; choose the fewest that will serve. */
            scopes: components["schemas"]["Scope"][];
        };
        /**
         * @description A key just made, with its secret; the only time the secret is shown.
         * @example {
         *       "id": "2a6e8f0c-4b1d-4e7a-9c3f-5d8b0a1e2f34",
         *       "name": "Shortcuts on my phone",
         *       "prefix": "tend_Xq3vK9aB",
         *       "scopes": [
         *         "tasks:read",
         *         "tasks:write"
         *       ],
         *       "created_at": "2026-11-22T09:12:03.120+01:00",
         *       "last_used_at": null,
         *       "key": "tend_Xq3vK9aBexampleexampleexampleexampleexamp"
         *     }
         */
        CreatedApiKey: {
            /**
             * Format: uuid
             * @description The key's id; use it with revokeApiKey.
             */
            id: string;
            /** @description What the person called the key. */
            name: string;
            /** @description The key's first characters, as lists show them. */
            prefix: string;
            /** @description What the key may do. */
            scopes: components["schemas"]["Scope"][];
            /**
             * Format: date-time
             * @description When the key was made.
             */
            created_at: string;
            /** @description Always null for a new key. */
            last_used_at: null;
            /** @description The secret, shown this once: send it as `Authorization: Bearer <key>`. Tend keeps only its SHA-256 and cannot show it again. */
            key: string;
        };
        /**
         * @description One page of API keys, newest first.
         * @example {
         *       "items": [
         *         {
         *           "id": "2a6e8f0c-4b1d-4e7a-9c3f-5d8b0a1e2f34",
         *           "name": "Shortcuts on my phone",
         *           "prefix": "tend_Xq3vK9aB",
         *           "scopes": [
         *             "tasks:read",
         *             "tasks:write"
         *           ],
         *           "created_at": "2026-11-20T18:02:11.000+01:00",
         *           "last_used_at": "2026-11-22T08:45:00.000+01:00"
         *         }
         *       ],
         *       "next_cursor": null
         *     }
         */
        ApiKeyPage: {
            /** @description The keys on this page, in order. */
            items: components["schemas"]["ApiKey"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description An app the person allowed to act for them (one OAuth grant).
         * @example {
         *       "id": "4c7d9e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f",
         *       "client_name": "ChatGPT",
         *       "scopes": [
         *         "tasks:read",
         *         "tasks:write"
         *       ],
         *       "connected_at": "2026-11-18T20:31:09.000+01:00",
         *       "last_used_at": "2026-11-22T08:59:40.000+01:00"
         *     }
         */
        ConnectedApp: {
            /**
             * Format: uuid
             * @description The connection's id; use it with disconnectApp.
             */
            id: string;
            /** @description The app's name as it introduced itself, e.g. ChatGPT. */
            client_name: string;
            /** @description What the person allowed the app to do. */
            scopes: components["schemas"]["Scope"][];
            /**
             * Format: date-time
             * @description When the person first allowed the app.
             */
            connected_at: string;
            /**
             * Format: date-time
             * @description When the app last got tokens, or null if it never has.
             */
            last_used_at: string | null;
        };
        /**
         * @description One page of connected apps, most recently connected first.
         * @example {
         *       "items": [
         *         {
         *           "id": "4c7d9e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f",
         *           "client_name": "ChatGPT",
         *           "scopes": [
         *             "tasks:read",
         *             "tasks:write"
         *           ],
         *           "connected_at": "2026-11-18T20:31:09.000+01:00",
         *           "last_used_at": "2026-11-22T08:59:40.000+01:00"
         *         }
         *       ],
         *       "next_cursor": null
         *     }
         */
        ConnectedAppPage: {
            /** @description The connected apps on this page, in order. */
            items: components["schemas"]["ConnectedApp"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description The kind of item a change was made to.
         * @example task
         * @enum {string}
         */
        ActivityEntity: "task" | "subject" | "record";
        /**
         * @description What the change was: `create`, `update`, `delete` (a subject is archived), `complete` and `reopen` (tasks), or `undo` of an earlier entry.
         * @example update
         * @enum {string}
         */
        ActivityOperation: "create" | "update" | "delete" | "complete" | "reopen" | "undo";
        /**
         * @description One change made for the user, with the item before and after it.
         * @example {
         *       "id": "2e6f1a0b-3c4d-4e5f-9a8b-7c6d5e4f3a2b",
         *       "created_at": "2026-11-22T10:15:00.000+01:00",
         *       "actor": "ChatGPT",
         *       "operation": "update",
         *       "entity": "task",
         *       "entity_id": "7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6",
         *       "before": null,
         *       "after": null,
         *       "changed_fields": [
         *         "due_at",
         *         "due_date",
         *         "due_text"
         *       ],
         *       "undoes_id": null,
         *       "undone": false,
         *       "undone_at": null
         *     }
         */
        ActivityEntry: {
            /**
             * Format: uuid
             * @description The entry's id; pass it to undoActivity to revert this change.
             */
            id: string;
            /**
             * Format: date-time
             * @description When the change was made.
             */
            created_at: string;
            /** @description Who made it: `web` (the user on the dashboard), `api_key:<prefix>` (a personal API key) or the name of a connected app such as ChatGPT. */
            actor: string;
            operation: components["schemas"]["ActivityOperation"];
            entity: components["schemas"]["ActivityEntity"];
            /**
             * Format: uuid
             * @description The id of the task, subject or record that changed.
             */
            entity_id: string;
            /** @description The item before the change, as getTask, getSubject or getRecord shows it (long notes cut to 280 characters), or null when the change created it or it was deleted. */
            before: components["schemas"]["Task"] | components["schemas"]["Subject"] | components["schemas"]["CareRecord"] | null;
            /** @description The item after the change, in the same shape as `before`, or null when the change deleted it. */
            after: components["schemas"]["Task"] | components["schemas"]["Subject"] | components["schemas"]["CareRecord"] | null;
            /** @description The fields whose value the change altered (`deleted` when it deleted the item); empty for a create. Tell the user what changed from these. */
            changed_fields: string[];
            /**
             * Format: uuid
             * @description For an `undo`, the id of the entry it reverted; otherwise null.
             */
            undoes_id: string | null;
            /** @description True once this entry has been undone; it cannot be undone again. */
            undone: boolean;
            /**
             * Format: date-time
             * @description When this entry was undone, or null.
             */
            undone_at: string | null;
        };
        /**
         * @description One page of changes, newest first.
         * @example {
         *       "items": [
         *         {
         *           "id": "2e6f1a0b-3c4d-4e5f-9a8b-7c6d5e4f3a2b",
         *           "created_at": "2026-11-22T10:15:00.000+01:00",
         *           "actor": "ChatGPT",
         *           "operation": "delete",
         *           "entity": "record",
         *           "entity_id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *           "before": null,
         *           "after": null,
         *           "changed_fields": [
         *             "deleted"
         *           ],
         *           "undoes_id": null,
         *           "undone": false,
         *           "undone_at": null
         *         }
         *       ],
         *       "next_cursor": null
         *     }
         */
        ActivityPage: {
            /** @description The changes on this page, newest first. */
            items: components["schemas"]["ActivityEntry"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description One field of an item that changed after a journal entry was written.
         * @example {
         *       "field": "title",
         *       "entry_left": "Buy cat food",
         *       "current": "Buy cat food and litter"
         *     }
         */
        FieldChange: {
            /** @description The field's name, as getTask, getSubject or getRecord shows it (`deleted` when the item was deleted or restored since). */
            field: string;
            /** @description The value the entry left the field with. */
            entry_left: unknown;
            /** @description The field's value now. */
            current: unknown;
        };
        /**
         * @description A kind of search result: `task`, `subject` (a person or pet), `record` (any care record), or one record type.
         * @example vaccination
         * @enum {string}
         */
        SearchType: "task" | "subject" | "record" | "weight" | "vaccination" | "medication" | "symptom" | "visit" | "measurement" | "note" | "other";
        /**
         * @description One search result.
         * @example {
         *       "kind": "record",
         *       "id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *       "url": "https://tend.example.com/records/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *       "title": "Rabies booster",
         *       "snippet": "**Rabies** booster at the vet, next one in three years",
         *       "record_type": "vaccination",
         *       "date": "2026-11-21",
         *       "subject_id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *       "subject_name": "Max"
         *     }
         */
        SearchHit: {
            /**
             * @description What it is; use the id with getTask (`task`), getRecord (`record`) or getSubject (`subject`).
             * @enum {string}
             */
            kind: "task" | "record" | "subject";
            /**
             * Format: uuid
             * @description The task's, record's or subject's id.
             */
            id: string;
            /** @description The task's or record's title, or the subject's name. */
            title: string;
            /** @description A short passage where the words matched, with each match between `**` (at most about 200 characters). Empty when only the title matched. */
            snippet: string;
            /** @description For a record, its type; else null. */
            record_type: components["schemas"]["RecordType"] | null;
            /**
             * Format: date
             * @description The day in the user's time zone when a record happened, a task is due (else was added), or a subject was added.
             */
            date: string;
            /**
             * Format: uuid
             * @description The person or pet it is about (for a subject, itself), or null for a task about no one.
             */
            subject_id: string | null;
            /** @description That subject's name, or null. */
            subject_name: string | null;
            /**
             * Format: uri
             * @description The item's page on Tend, to cite or link; fetch reads the item by `id`.
             */
            url: string;
        };
        /**
         * @description One task, care record, person or pet as a document, in the shape ChatGPT's fetch expects (id, title, text, url, metadata).
         * @example {
         *       "id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *       "title": "Rabies booster",
         *       "text": "title: Rabies booster\ntype: vaccination\noccurred_date: 2026-11-21\nsubject_name: Max",
         *       "url": "https://tend.example.com/records/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *       "metadata": {
         *         "kind": "record",
         *         "subject_id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *         "subject_name": "Max"
         *       }
         *     }
         */
        FetchedItem: {
            /**
             * Format: uuid
             * @description The item's id.
             */
            id: string;
            /** @description The task's or record's title, or the person's or pet's name. */
            title: string;
            /** @description Every field of the item that has a value, one `field: value` per line. */
            text: string;
            /**
             * Format: uri
             * @description The item's page on Tend.
             */
            url: string;
            /** @description What the item is, and whom it is about. */
            metadata: {
                /**
                 * @description Use the id with getTask (`task`), getRecord (`record`) or getSubject (`subject`).
                 * @enum {string}
                 */
                kind: "task" | "record" | "subject";
                /**
                 * Format: uuid
                 * @description The person or pet it is about (for a subject, itself), or null.
                 */
                subject_id: string | null;
                /** @description That subject's name, or null. */
                subject_name: string | null;
            };
        };
        /**
         * @description One page of search results.
         * @example {
         *       "items": [
         *         {
         *           "kind": "record",
         *           "id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *           "url": "https://tend.example.com/records/9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *           "title": "Rabies booster",
         *           "snippet": "**Rabies** booster at the vet",
         *           "record_type": "vaccination",
         *           "date": "2026-11-21",
         *           "subject_id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *           "subject_name": "Max"
         *         }
         *       ],
         *       "fuzzy": false,
         *       "searched_for": null,
         *       "period": null,
         *       "next_cursor": null
         *     }
         */
        SearchResults: {
            /** @description The results on this page, best match first, then newest. */
            items: components["schemas"]["SearchHit"][];
            /** @description True when nothing matched every word as written and Tend searched more loosely: with the spelling corrected, or accepting any of the words (see `searched_for`); tell the user what you searched for instead. */
            fuzzy: boolean;
            /** @description What was searched for when `fuzzy` is true: the corrected words ("vaccination" for "vacination"), or the words joined by `or` when any one was accepted ("luna or flea"); else null. */
            searched_for: string | null;
            /**
             * @description The days a time phrase in `q` was read as ("last month": from the start of the previous month to today), used as from/to; null when `q` had none or from/to were given. Tell the user which days you looked at.
             * @example {
             *       "from": "2026-10-01",
             *       "to": "2026-11-22",
             *       "words": "last month"
             *     }
             */
            period: {
                /**
                 * Format: date
                 * @description The first day searched, in the user's time zone.
                 */
                from: string;
                /**
                 * Format: date
                 * @description The last day searched (included), in the user's time zone.
                 */
                to: string;
                /** @description The time phrase as written in `q`. */
                words: string;
            } | null;
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description One measured value and the day it was taken.
         * @example {
         *       "value": 4.4,
         *       "unit": "kg",
         *       "date": "2026-11-15",
         *       "record_id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
         *     }
         */
        Reading: {
            /** @description The value as stored (weights in kg). */
            value: number;
            /** @description Its unit, or null. */
            unit: string | null;
            /**
             * Format: date
             * @description The day it was taken, in the user's time zone.
             */
            date: string;
            /**
             * Format: uuid
             * @description The record holding it.
             */
            record_id: string;
        };
        /**
         * @description How much the weight changed since an earlier reading.
         * @example {
         *       "change": 0.1,
         *       "since": {
         *         "value": 4.3,
         *         "unit": "kg",
         *         "date": "2026-10-18",
         *         "record_id": "1c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
         *       }
         *     }
         */
        WeightChange: {
            /** @description The latest weight minus the earlier one, in kg (negative when it went down). */
            change: number;
            since: components["schemas"]["Reading"];
        };
        /**
         * @description A person or pet in the overview, with their weight.
         * @example {
         *       "id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *       "name": "Luna",
         *       "kind": "pet",
         *       "species": "cat",
         *       "latest_weight": {
         *         "value": 4.4,
         *         "unit": "kg",
         *         "date": "2026-11-22",
         *         "record_id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
         *       },
         *       "change_30_days": null,
         *       "change_90_days": null
         *     }
         */
        SubjectStatus: {
            /**
             * Format: uuid
             * @description The subject's id.
             */
            id: string;
            /** @description The subject's name. */
            name: string;
            kind: components["schemas"]["SubjectKind"];
            /** @description The species of a pet, or null. */
            species: components["schemas"]["Species"] | null;
            /** @description The most recent weight, or null when none was recorded. */
            latest_weight: components["schemas"]["Reading"] | null;
            /** @description The change from the last weight taken at least 30 days ago (and at most 60), or null when there is none. */
            change_30_days: components["schemas"]["WeightChange"] | null;
            /** @description The change from the last weight taken at least 90 days ago (and at most 180), or null when there is none. */
            change_90_days: components["schemas"]["WeightChange"] | null;
        };
        /**
         * @description A vaccination or medication whose next dose is due, from its latest record.
         * @example {
         *       "record_id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *       "subject_id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *       "subject_name": "Max",
         *       "type": "vaccination",
         *       "title": "Rabies",
         *       "last_given": "2025-12-17",
         *       "next_due": "2026-12-17",
         *       "days_until": 25,
         *       "overdue": false
         *     }
         */
        CareDue: {
            /**
             * Format: uuid
             * @description The latest record of it (getRecord for details).
             */
            record_id: string;
            /**
             * Format: uuid
             * @description Who it is for.
             */
            subject_id: string;
            /** @description Their name. */
            subject_name: string;
            /**
             * @description `vaccination` or `medication`.
             * @enum {string}
             */
            type: "vaccination" | "medication";
            /** @description What it is ("Rabies"). */
            title: string;
            /**
             * Format: date
             * @description The day it was last given.
             */
            last_given: string;
            /**
             * Format: date
             * @description The day the next one is due.
             */
            next_due: string;
            /** @description Days from today to `next_due`; negative when overdue. */
            days_until: number;
            /** @description True when `next_due` is before today. */
            overdue: boolean;
        };
        /**
         * @description Some tasks and how many there are in all.
         * @example {
         *       "total": 0,
         *       "items": []
         *     }
         */
        TaskList: {
            /** @description How many tasks there are in this group. */
            total: number;
            /** @description The first of them (at most 10), soonest due first; listTasks has the rest. */
            items: components["schemas"]["Task"][];
        };
        /**
         * @description What is going on and coming up.
         * @example {
         *       "today": "2026-11-22",
         *       "subjects": [],
         *       "care_due": [],
         *       "tasks_due_soon": {
         *         "total": 0,
         *         "items": []
         *       },
         *       "tasks_overdue": {
         *         "total": 0,
         *         "items": []
         *       },
         *       "latest_records": []
         *     }
         */
        Overview: {
            /**
             * Format: date
             * @description Today in the user's time zone; every "next N days" counts from it.
             */
            today: string;
            /** @description The active people and pets with their weight; null without records:read. */
            subjects: components["schemas"]["SubjectStatus"][] | null;
            /** @description Vaccinations and medications overdue or due in the next 30 days, soonest first; null without records:read. */
            care_due: components["schemas"]["CareDue"][] | null;
            /** @description Open tasks due in the next 7 days and not yet overdue; null without tasks:read. */
            tasks_due_soon: components["schemas"]["TaskList"] | null;
            /** @description Open tasks past their due time; null without tasks:read. */
            tasks_overdue: components["schemas"]["TaskList"] | null;
            /** @description The 5 most recent care records; null without records:read. */
            latest_records: components["schemas"]["CareRecord"][] | null;
        };
        /**
         * @description The size of the groups readings are summarized in.
         * @example month
         * @enum {string}
         */
        TrendBucket: "day" | "week" | "month";
        /**
         * @description The readings of one day, week or month.
         * @example {
         *       "bucket_start": "2026-11-01",
         *       "n": 2,
         *       "avg": 4.35,
         *       "min": 4.3,
         *       "max": 4.4
         *     }
         */
        TrendPoint: {
            /**
             * Format: date
             * @description The first day of the group.
             */
            bucket_start: string;
            /** @description How many readings (or, when counting a record type, records) fell in it. */
            n: number;
            /** @description Their average, or null when counting records. */
            avg: number | null;
            /** @description The smallest, or null when counting records. */
            min: number | null;
            /** @description The largest, or null when counting records. */
            max: number | null;
        };
        /**
         * @description A series over time and its summary.
         * @example {
         *       "subject_id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *       "subject_name": "Luna",
         *       "metric": "weight",
         *       "counting": false,
         *       "unit": "kg",
         *       "from": "2026-08-25",
         *       "to": "2026-11-22",
         *       "bucket": "month",
         *       "series": [
         *         {
         *           "bucket_start": "2026-11-01",
         *           "n": 2,
         *           "avg": 4.35,
         *           "min": 4.3,
         *           "max": 4.4
         *         }
         *       ],
         *       "first": {
         *         "value": 4.3,
         *         "unit": "kg",
         *         "date": "2026-11-08",
         *         "record_id": "1c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
         *       },
         *       "last": {
         *         "value": 4.4,
         *         "unit": "kg",
         *         "date": "2026-11-22",
         *         "record_id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
         *       },
         *       "change": 0.1,
         *       "change_pct": 2.3,
         *       "slope_per_month": 0.217,
         *       "notes": [
         *         "2 readings between 2026-11-08 and 2026-11-22."
         *       ]
         *     }
         */
        Trend: {
            /**
             * Format: uuid
             * @description Whose series it is.
             */
            subject_id: string;
            /** @description Their name. */
            subject_name: string;
            /** @description What was followed (`weight`, a metric, or a record type). */
            metric: string;
            /** @description True when records of a type are counted rather than values measured. */
            counting: boolean;
            /** @description The unit of the values (`kg` for weight), or null when counting or unknown. */
            unit: string | null;
            /**
             * Format: date
             * @description The first day of the period.
             */
            from: string;
            /**
             * Format: date
             * @description The last day of the period (included).
             */
            to: string;
            bucket: components["schemas"]["TrendBucket"];
            /** @description One point per day, week or month that had readings, oldest first. */
            series: components["schemas"]["TrendPoint"][];
            /** @description The earliest reading in the period, or null (also when counting). */
            first: components["schemas"]["Reading"] | null;
            /** @description The latest reading in the period, or null (also when counting). */
            last: components["schemas"]["Reading"] | null;
            /** @description `last` minus `first`, or null with fewer than two readings. */
            change: number | null;
            /** @description That change as a percentage of `first`, or null. */
            change_pct: number | null;
            /** @description The least-squares trend of the readings in units per month (30.44 days); null when counting, or with fewer than two readings on different days. */
            slope_per_month: number | null;
            /** @description Plain sentences stating the numbers, to repeat to the user. */
            notes: string[];
        };
        /**
         * @description A named period in the user's time zone.
         * @example last_month
         * @enum {string}
         */
        ReportPeriod: "last_7_days" | "last_30_days" | "this_month" | "last_month" | "this_year";
        /**
         * @description Something notable that happened in the period.
         * @example {
         *       "kind": "record",
         *       "id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *       "date": "2026-10-03",
         *       "type": "visit",
         *       "title": "Vet: limping",
         *       "subject_name": "Max"
         *     }
         */
        ReportEvent: {
            /**
             * @description `record` or `task` (a task completed in the period).
             * @enum {string}
             */
            kind: "record" | "task";
            /**
             * Format: uuid
             * @description The record's or task's id.
             */
            id: string;
            /**
             * Format: date
             * @description The day it happened or was completed, in the user's time zone.
             */
            date: string;
            /**
             * @description The record type, or `task_done`.
             * @enum {string}
             */
            type: "weight" | "vaccination" | "medication" | "symptom" | "visit" | "measurement" | "note" | "other" | "task_done";
            /** @description Its title. */
            title: string;
            /** @description Who it is about, or null. */
            subject_name: string | null;
        };
        /**
         * @description A subject's first and last weight in the period.
         * @example {
         *       "subject_id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *       "subject_name": "Luna",
         *       "first": {
         *         "value": 4.3,
         *         "unit": "kg",
         *         "date": "2026-10-25",
         *         "record_id": "1c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
         *       },
         *       "last": {
         *         "value": 4.4,
         *         "unit": "kg",
         *         "date": "2026-11-22",
         *         "record_id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
         *       },
         *       "change": 0.1
         *     }
         */
        WeightSpan: {
            /**
             * Format: uuid
             * @description Whose weight.
             */
            subject_id: string;
            /** @description Their name. */
            subject_name: string;
            first: components["schemas"]["Reading"];
            last: components["schemas"]["Reading"];
            /** @description `last` minus `first`, in kg. */
            change: number;
        };
        /**
         * @description The care part of a report.
         * @example {
         *       "records_by_type": {
         *         "weight": 2,
         *         "vaccination": 0,
         *         "medication": 1,
         *         "symptom": 1,
         *         "visit": 1,
         *         "measurement": 0,
         *         "note": 0,
         *         "other": 0
         *       },
         *       "new_symptoms": [],
         *       "resolved_symptoms": [],
         *       "weights": [],
         *       "vaccinations_given": [],
         *       "care_due": []
         *     }
         */
        ReportCare: {
            /** @description How many records of each type were made in the period. */
            records_by_type: {
                /** @description Weights. */
                weight: number;
                /** @description Vaccinations. */
                vaccination: number;
                /** @description Medications. */
                medication: number;
                /** @description Symptoms. */
                symptom: number;
                /** @description Visits. */
                visit: number;
                /** @description Other measurements. */
                measurement: number;
                /** @description Notes. */
                note: number;
                /** @description Everything else. */
                other: number;
            };
            /** @description Symptoms recorded in the period that were not recorded for that subject in the 90 days before (at most 50). */
            new_symptoms: components["schemas"]["ReportEvent"][];
            /** @description Symptoms recorded in the 30 days before the period and not again during it (at most 50). Tend only knows they were not recorded again; say so rather than calling them cured. */
            resolved_symptoms: components["schemas"]["ReportEvent"][];
            /** @description Each subject weighed in the period, with the change from the first to the last weight. */
            weights: components["schemas"]["WeightSpan"][];
            /** @description Vaccinations given in the period, in time order (at most 50). */
            vaccinations_given: components["schemas"]["ReportEvent"][];
            /** @description Vaccinations and medications whose next dose is due by the end of the period, overdue ones included. */
            care_due: components["schemas"]["CareDue"][];
        };
        /**
         * @description The task part of a report.
         * @example {
         *       "completed": 3,
         *       "open": 4,
         *       "overdue": 1
         *     }
         */
        ReportTasks: {
            /** @description Tasks completed in the period. */
            completed: number;
            /** @description Tasks still open now that were added by the end of the period. */
            open: number;
            /** @description Of those, how many are past their due time now. */
            overdue: number;
        };
        /**
         * @description A summary of a period.
         * @example {
         *       "from": "2026-10-01",
         *       "to": "2026-10-31",
         *       "period": "last_month",
         *       "subject_id": null,
         *       "subject_name": null,
         *       "care": null,
         *       "tasks": {
         *         "completed": 3,
         *         "open": 4,
         *         "overdue": 1
         *       },
         *       "events": [],
         *       "truncated": false
         *     }
         */
        Report: {
            /**
             * Format: date
             * @description The first day of the period, in the user's time zone.
             */
            from: string;
            /**
             * Format: date
             * @description The last day of the period (included).
             */
            to: string;
            /** @description The named period, or null when `from`/`to` were given. */
            period: components["schemas"]["ReportPeriod"] | null;
            /**
             * Format: uuid
             * @description The subject the report is limited to, or null for everyone.
             */
            subject_id: string | null;
            /** @description That subject's name, or null. */
            subject_name: string | null;
            /** @description Records, symptoms, weights and vaccinations; null without records:read. */
            care: components["schemas"]["ReportCare"] | null;
            /** @description Task counts; null without tasks:read (and for one subject, only tasks about them). */
            tasks: components["schemas"]["ReportTasks"] | null;
            /** @description Notable events in time order: vaccinations, medications, symptoms, visits, notes and other records, and completed tasks (weights and measurements are summarized instead). At most the latest 100 (see `truncated`). */
            events: components["schemas"]["ReportEvent"][];
            /** @description True when events were left out to keep the answer short; narrow the period or pick a subject to see them all. */
            truncated: boolean;
        };
        /**
         * @description Everything a person keeps in Tend, as exportAccount writes it and importAccount reads it (docs/data-format.md). Nothing in it is a database id: people and pets, tasks and records are named by references local to the document (`s1`, `t1`, `r1`), so it imports into any account. Lists are in a fixed order (the person first, then by when each was added) and times are UTC, so the same data gives the same bytes. A later `version` may add fields (attachments); a reader refuses a version it does not know.
         * @example {
         *       "format": "tend-export",
         *       "version": 1,
         *       "account": {
         *         "display_name": "Sam",
         *         "timezone": "Europe/Berlin"
         *       },
         *       "subjects": [
         *         {
         *           "ref": "s1",
         *           "is_self": true,
         *           "name": "Sam",
         *           "kind": "person",
         *           "species": null,
         *           "breed": null,
         *           "sex": "unknown",
         *           "birth_year": null,
         *           "birth_month": null,
         *           "birth_day": null,
         *           "birthday_precision": null,
         *           "notes": null,
         *           "archived_at": null,
         *           "created_at": "2026-11-01T09:00:00.000Z",
         *           "updated_at": "2026-11-01T09:00:00.000Z"
         *         },
         *         {
         *           "ref": "s2",
         *           "is_self": false,
         *           "name": "Luna",
         *           "kind": "pet",
         *           "species": "cat",
         *           "breed": null,
         *           "sex": "female",
         *           "birth_year": 2021,
         *           "birth_month": 4,
         *           "birth_day": null,
         *           "birthday_precision": "month",
         *           "notes": null,
         *           "archived_at": null,
         *           "created_at": "2026-11-01T09:05:00.000Z",
         *           "updated_at": "2026-11-01T09:05:00.000Z"
         *         }
         *       ],
         *       "tasks": [
         *         {
         *           "ref": "t1",
         *           "subject": "s2",
         *           "title": "Buy cat food",
         *           "notes": null,
         *           "status": "open",
         *           "priority": "normal",
         *           "tags": [
         *             "errands"
         *           ],
         *           "due_at": "2026-11-22T23:00:00.000Z",
         *           "due_by": "2026-11-23T22:59:59.999Z",
         *           "due_date_only": true,
         *           "due_text": "tomorrow",
         *           "repeat_text": "every week",
         *           "repeat_rule": "FREQ=WEEKLY",
         *           "repeated_from": null,
         *           "reminder_for": null,
         *           "completed_at": null,
         *           "created_at": "2026-11-22T09:00:00.000Z",
         *           "updated_at": "2026-11-22T09:00:00.000Z"
         *         }
         *       ],
         *       "records": [
         *         {
         *           "ref": "r1",
         *           "subject": "s2",
         *           "type": "weight",
         *           "type_text": null,
         *           "title": "Weight",
         *           "details": null,
         *           "tags": [
         *             "vet"
         *           ],
         *           "occurred_at": "2026-11-22T09:00:00.000Z",
         *           "occurred_on": "2026-11-22",
         *           "occurred_date_only": false,
         *           "when_text": null,
         *           "value": 4.196,
         *           "unit": "kg",
         *           "metric": "weight",
         *           "value_text": "9 lbs 4 oz",
         *           "next_due": null,
         *           "next_due_text": null,
         *           "created_at": "2026-11-22T09:00:00.000Z",
         *           "updated_at": "2026-11-22T09:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        AccountExport: {
            /**
             * @description Always `tend-export`, so a stray JSON file is recognized as not one.
             * @enum {string}
             */
            format: "tend-export";
            /** @description The format's version; this is version 1, and import refuses a version it does not know. */
            version: number;
            /** @description The account's own settings. The email address is not part of it; it belongs to the account that signs in. */
            account: {
                /** @description The name Tend calls the person by. */
                display_name: string;
                /** @description The IANA time zone dates are read and shown in, e.g. Europe/Berlin. */
                timezone: string;
            };
            /** @description The person themself (exactly one, `is_self` true, first) and every other person and pet, archived ones included since their records remain. */
            subjects: components["schemas"]["ExportSubject"][];
            /** @description Every task that is not deleted, open and done, oldest first. */
            tasks: components["schemas"]["ExportTask"][];
            /** @description Every care record that is not deleted, of every type, oldest first. */
            records: components["schemas"]["ExportRecord"][];
        };
        /**
         * @description A person or pet in an AccountExport, as stored.
         * @example {
         *       "ref": "s2",
         *       "is_self": false,
         *       "name": "Luna",
         *       "kind": "pet",
         *       "species": "cat",
         *       "breed": null,
         *       "sex": "female",
         *       "birth_year": 2021,
         *       "birth_month": 4,
         *       "birth_day": null,
         *       "birthday_precision": "month",
         *       "notes": null,
         *       "archived_at": null,
         *       "created_at": "2026-11-01T09:05:00.000Z",
         *       "updated_at": "2026-11-01T09:05:00.000Z"
         *     }
         */
        ExportSubject: {
            /** @description This subject's reference inside the document (`s1`, `s2`, …); tasks and records name it in `subject`. */
            ref: string;
            /** @description True for the person the account belongs to; exactly one subject has it. */
            is_self: boolean;
            /** @description The name. */
            name: string;
            kind: components["schemas"]["SubjectKind"];
            /**
             * @description For a pet, what kind of animal it is; null for a person or when not known.
             * @enum {string|null}
             */
            species: "cat" | "dog" | "rabbit" | "guinea_pig" | "hamster" | "bird" | "fish" | "reptile" | "horse" | "other" | null;
            /** @description The breed, or null. */
            breed: string | null;
            sex: components["schemas"]["Sex"];
            /** @description The year of birth, or null. */
            birth_year: number | null;
            /** @description The month of birth (1–12), or null. */
            birth_month: number | null;
            /** @description The day of birth (1–31), or null. */
            birth_day: number | null;
            birthday_precision: components["schemas"]["BirthdayPrecision"];
            /** @description Free notes, or null. */
            notes: string | null;
            /**
             * Format: date-time
             * @description When the subject was removed from the lists (UTC), or null; its records stay.
             */
            archived_at: string | null;
            /**
             * Format: date-time
             * @description When it was added (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it last changed (UTC).
             */
            updated_at: string;
        };
        /**
         * @description A task in an AccountExport, as stored, with its repeat and due times.
         * @example {
         *       "ref": "t1",
         *       "subject": "s2",
         *       "title": "Buy cat food",
         *       "notes": null,
         *       "status": "done",
         *       "priority": "normal",
         *       "tags": [
         *         "errands"
         *       ],
         *       "due_at": "2026-11-22T23:00:00.000Z",
         *       "due_by": "2026-11-23T22:59:59.999Z",
         *       "due_date_only": true,
         *       "due_text": "tomorrow",
         *       "repeat_text": null,
         *       "repeat_rule": null,
         *       "repeated_from": null,
         *       "reminder_for": null,
         *       "completed_at": "2026-11-23T08:00:00.000Z",
         *       "created_at": "2026-11-22T09:00:00.000Z",
         *       "updated_at": "2026-11-23T08:00:00.000Z"
         *     }
         */
        ExportTask: {
            /** @description This task's reference inside the document (`t1`, `t2`, …). */
            ref: string;
            /** @description The `ref` of the person or pet it is about, or null. */
            subject: string | null;
            /** @description The title. */
            title: string;
            /** @description Free notes, or null. */
            notes: string | null;
            status: components["schemas"]["TaskStatus"];
            priority: components["schemas"]["Priority"];
            /** @description Labels, lower case. */
            tags: components["schemas"]["Tag"][];
            /**
             * Format: date-time
             * @description When it is due (UTC; the start of the day for a day-only task), or null.
             */
            due_at: string | null;
            /**
             * Format: date-time
             * @description When it becomes overdue (UTC; the end of the day for a day-only task), or null.
             */
            due_by: string | null;
            /** @description True when only the day is set, not the time. */
            due_date_only: boolean;
            /** @description The words the due date was given in, or null. */
            due_text: string | null;
            /** @description The words the repeat was given in ("every week"), or null. */
            repeat_text: string | null;
            /** @description The repeat as an RFC 5545 RRULE value ("FREQ=WEEKLY"), or null. */
            repeat_rule: string | null;
            /** @description The `ref` of the occurrence this repeating task follows, or null. */
            repeated_from: string | null;
            /** @description The `ref` of the vaccination or medication record this task reminds of, or null. */
            reminder_for: string | null;
            /**
             * Format: date-time
             * @description When it was done (UTC), or null while open.
             */
            completed_at: string | null;
            /**
             * Format: date-time
             * @description When it was added (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it last changed (UTC).
             */
            updated_at: string;
        };
        /**
         * @description A care record in an AccountExport, as stored, of any type.
         * @example {
         *       "ref": "r1",
         *       "subject": "s2",
         *       "type": "vaccination",
         *       "type_text": null,
         *       "title": "Rabies booster",
         *       "details": null,
         *       "tags": [
         *         "vet"
         *       ],
         *       "occurred_at": "2026-11-22T09:00:00.000Z",
         *       "occurred_on": "2026-11-22",
         *       "occurred_date_only": true,
         *       "when_text": "today",
         *       "value": null,
         *       "unit": null,
         *       "metric": null,
         *       "value_text": null,
         *       "next_due": "2027-11-22",
         *       "next_due_text": "in 1 year",
         *       "created_at": "2026-11-22T09:00:00.000Z",
         *       "updated_at": "2026-11-22T09:00:00.000Z"
         *     }
         */
        ExportRecord: {
            /** @description This record's reference inside the document (`r1`, `r2`, …); a reminder task names it in `reminder_for`. */
            ref: string;
            /** @description The `ref` of the person or pet it is about. */
            subject: string;
            type: components["schemas"]["RecordType"];
            /** @description The person's own word for an `other` type, or null. */
            type_text: string | null;
            /** @description The title. */
            title: string;
            /** @description Longer free text, or null. */
            details: string | null;
            /** @description Labels, lower case. */
            tags: components["schemas"]["Tag"][];
            /**
             * Format: date-time
             * @description When it happened (UTC).
             */
            occurred_at: string;
            /**
             * Format: date
             * @description The day it happened in the person's time zone when it was written (YYYY-MM-DD).
             */
            occurred_on: string;
            /** @description True when only the day is known. */
            occurred_date_only: boolean;
            /** @description The words the time was given in, or null. */
            when_text: string | null;
            /** @description The measured value (weights in kg, temperatures in °C), or null. */
            value: number | null;
            /** @description The unit of `value`, or null. */
            unit: string | null;
            /** @description What was measured, or null. */
            metric: string | null;
            /** @description The value as the person gave it, or null. */
            value_text: string | null;
            /**
             * Format: date
             * @description The day the next dose is due (YYYY-MM-DD), or null.
             */
            next_due: string | null;
            /** @description The words the next due date was given in, or null. */
            next_due_text: string | null;
            /**
             * Format: date-time
             * @description When it was added (UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it last changed (UTC).
             */
            updated_at: string;
        };
        /**
         * @description What importAccount stored.
         * @example {
         *       "subjects": 3,
         *       "tasks": 12,
         *       "records": 40
         *     }
         */
        ImportSummary: {
            /** @description How many people and pets the account has now, the person included. */
            subjects: number;
            /** @description How many tasks were stored. */
            tasks: number;
            /** @description How many records were stored. */
            records: number;
        };
        /**
         * @description The user's secret calendar feed.
         * @example {
         *       "url": "https://tend.example/calendar/cal_0pL3x9QeV7nR2sT5uW8yZ1aB4cD6eF8gH0iJ2kL4mN6.ics",
         *       "created_at": "2026-11-22T10:00:00.000+01:00"
         *     }
         */
        CalendarFeed: {
            /**
             * Format: uri
             * @description The secret iCalendar URL to subscribe to from a calendar app (Google Calendar: "From URL"; Apple Calendar: "New Calendar Subscription"; Outlook: "Subscribe from web"). It lists open tasks with due dates and upcoming vaccination and medication due dates. Anyone with it can read them: share it with no one. Shown only now.
             */
            url: string;
            /**
             * Format: date-time
             * @description When this URL was made.
             */
            created_at: string;
        };
        /**
         * @description A new conversation.
         * @example {
         *       "title": "Luna's checkup"
         *     }
         */
        ConversationCreate: {
            /** @description What the conversation is about; left out, the person's first message names it. */
            title?: string;
        };
        /**
         * @description A conversation with Tend's own chat.
         * @example {
         *       "id": "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b",
         *       "title": "Luna's checkup",
         *       "widget_id": null,
         *       "created_at": "2026-12-01T09:12:00.000+01:00",
         *       "updated_at": "2026-12-01T09:13:30.000+01:00"
         *     }
         */
        Conversation: {
            /**
             * Format: uuid
             * @description The conversation's id; use it with getConversation and sendMessage.
             */
            id: string;
            /** @description What it is about, or null until the first message names it. */
            title: string | null;
            /**
             * Format: uuid
             * @description The widget it was held in, or null for the dashboard and the API.
             */
            widget_id: string | null;
            /**
             * Format: date-time
             * @description When it started.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the last message was said.
             */
            updated_at: string;
        };
        /**
         * @description One page of conversations, most recently active first.
         * @example {
         *       "items": [
         *         {
         *           "id": "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b",
         *           "title": "Luna's checkup",
         *           "widget_id": null,
         *           "created_at": "2026-12-01T09:12:00.000+01:00",
         *           "updated_at": "2026-12-01T09:13:30.000+01:00"
         *         }
         *       ],
         *       "next_cursor": null
         *     }
         */
        ConversationPage: {
            /** @description The conversations on this page, in order. */
            items: components["schemas"]["Conversation"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description Who said it: `user` (the person), `assistant` (Tend's chat), or `tool` (what an operation the chat called answered).
         * @example assistant
         * @enum {string}
         */
        ChatRole: "user" | "assistant" | "tool";
        /**
         * @description An operation the chat asked to run, and where it stands.
         * @example {
         *       "id": "call_1",
         *       "name": "createRecord",
         *       "arguments": {
         *         "subject_id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
         *         "type": "weight",
         *         "value": 4.3,
         *         "unit": "kg"
         *       },
         *       "status": "done"
         *     }
         */
        ChatToolCall: {
            /** @description The call's id; a decision names it. */
            id: string;
            /** @description The operation (tool) called, e.g. createRecord. */
            name: string;
            /** @description What it was called with. */
            arguments: {
                [key: string]: unknown;
            };
            /**
             * @description `done` (it ran), `awaiting_confirmation` (a change waiting for the person's decision), `declined` (the person said no), or `skipped` (not run).
             * @enum {string}
             */
            status: "done" | "awaiting_confirmation" | "declined" | "skipped";
        };
        /**
         * @description A file the person attached to a message.
         * @example {
         *       "name": "invoice.pdf",
         *       "media_type": "application/pdf"
         *     }
         */
        ChatFileRef: {
            /** @description The file's name as sent. */
            name: string;
            /** @description Its type, read from its bytes. */
            media_type: string;
        };
        /**
         * @description One message of a conversation.
         * @example {
         *       "id": "8a7b6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d",
         *       "role": "assistant",
         *       "content": "Noted Luna's weight, 4.3 kg today.",
         *       "created_at": "2026-12-01T09:13:30.000+01:00"
         *     }
         */
        ChatMessage: {
            /**
             * Format: uuid
             * @description The message's id.
             */
            id: string;
            role: components["schemas"]["ChatRole"];
            /** @description What was said; for a `tool` message, what the operation answered, as JSON text. */
            content: string;
            /** @description The operations an `assistant` message asked to run. */
            tool_calls?: components["schemas"]["ChatToolCall"][];
            /** @description For a `tool` message, the call it answers. */
            tool_call_id?: string;
            /** @description For a `tool` message, the operation that answered. */
            tool_name?: string;
            /** @description For a `tool` message, true when the operation answered a problem. */
            is_error?: boolean;
            /** @description Files the person attached to a `user` message. */
            files?: components["schemas"]["ChatFileRef"][];
            /**
             * Format: date-time
             * @description When it was said.
             */
            created_at: string;
        };
        /**
         * @description One page of a conversation's messages, oldest first within the page.
         * @example {
         *       "items": [
         *         {
         *           "id": "8a7b6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d",
         *           "role": "assistant",
         *           "content": "Noted Luna's weight, 4.3 kg today.",
         *           "created_at": "2026-12-01T09:13:30.000+01:00"
         *         }
         *       ],
         *       "next_cursor": null
         *     }
         */
        ChatMessagePage: {
            /** @description The messages on this page, in the order they were said. */
            items: components["schemas"]["ChatMessage"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description A conversation and one page of its messages (the latest first page; `next_cursor` goes back in time).
         * @example {
         *       "conversation": {
         *         "id": "1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b",
         *         "title": "Luna's checkup",
         *         "widget_id": null,
         *         "created_at": "2026-12-01T09:12:00.000+01:00",
         *         "updated_at": "2026-12-01T09:13:30.000+01:00"
         *       },
         *       "messages": {
         *         "items": [
         *           {
         *             "id": "8a7b6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d",
         *             "role": "assistant",
         *             "content": "Noted Luna's weight, 4.3 kg today.",
         *             "created_at": "2026-12-01T09:13:30.000+01:00"
         *           }
         *         ],
         *         "next_cursor": null
         *       }
         *     }
         */
        ConversationWithMessages: {
            conversation: components["schemas"]["Conversation"];
            messages: components["schemas"]["ChatMessagePage"];
        };
        /**
         * @description A photo or PDF sent with a message.
         * @example {
         *       "name": "scale.png",
         *       "data": "iVBORw0KGgo="
         *     }
         */
        ChatFileUpload: {
            /** @description The file's name, e.g. invoice.pdf. */
            name: string;
            /** @description The file's bytes, base64-encoded; a PDF, JPEG, PNG, WebP or GIF up to the attachment size cap. */
            data: string;
        };
        /**
         * @description The person's answer to a change the chat is waiting on.
         * @example {
         *       "tool_call_id": "call_2",
         *       "approve": true
         *     }
         */
        ChatDecision: {
            /** @description The waiting call's id, from its `confirmation_needed` event or `tool_calls`. */
            tool_call_id: string;
            /** @description true to run it, false to leave things as they are. */
            approve: boolean;
        };
        /**
         * @description The person's next message, or their decision on a waiting change (one of the two).
         * @example {
         *       "content": "Luna weighed 4.3 kg at the vet today"
         *     }
         */
        MessageCreate: {
            /** @description What the person says, in their own words. */
            content?: string;
            /** @description Photos or PDFs sent with `content`; kept on any record the chat creates in answer. */
            files?: components["schemas"]["ChatFileUpload"][];
            decision?: components["schemas"]["ChatDecision"];
        };
        /**
         * @description Tokens a turn used, and what it cost.
         * @example {
         *       "input_tokens": 2400,
         *       "output_tokens": 60,
         *       "cached_tokens": 0,
         *       "cost_usd": 0.0066
         *     }
         */
        ChatUsage: {
            /** @description Tokens sent to the model, over every call of the turn. */
            input_tokens: number;
            /** @description Tokens the model wrote. */
            output_tokens: number;
            /** @description Input tokens the provider served from its cache (part of input_tokens). */
            cached_tokens: number;
            /** @description What it cost in US dollars, from the operator's price table; 0 for a model with no price. */
            cost_usd: number;
        };
        /**
         * @description What one message brought: the new messages in order, and the turn's usage.
         * @example {
         *       "messages": [
         *         {
         *           "id": "7b6c5d4e-3f2a-4b1c-8d0e-1f2a3b4c5d6e",
         *           "role": "user",
         *           "content": "Luna weighed 4.3 kg at the vet today",
         *           "created_at": "2026-12-01T09:13:28.000+01:00"
         *         },
         *         {
         *           "id": "8a7b6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d",
         *           "role": "assistant",
         *           "content": "Noted Luna's weight, 4.3 kg today.",
         *           "created_at": "2026-12-01T09:13:30.000+01:00"
         *         }
         *       ],
         *       "usage": {
         *         "input_tokens": 2400,
         *         "output_tokens": 60,
         *         "cached_tokens": 0,
         *         "cost_usd": 0.0066
         *       },
         *       "awaiting_confirmation": false
         *     }
         */
        ChatTurn: {
            /** @description The messages this turn added, the person's first. */
            messages: components["schemas"]["ChatMessage"][];
            usage: components["schemas"]["ChatUsage"];
            /** @description True when the reply waits on the person's decision about a change (see `tool_calls`). */
            awaiting_confirmation: boolean;
        };
        /**
         * @description One day's use of one model.
         * @example {
         *       "day": "2026-12-01",
         *       "provider": "openai",
         *       "model": "gpt-4.1-mini",
         *       "calls": 12,
         *       "input_tokens": 28000,
         *       "output_tokens": 900,
         *       "cached_tokens": 12000,
         *       "cost_usd": 0.0127
         *     }
         */
        UsageRow: {
            /**
             * Format: date
             * @description The day, in the person's time zone.
             */
            day: string;
            /** @description `openai` (any OpenAI-compatible endpoint) or `anthropic`. */
            provider: string;
            /** @description The model's name as configured. */
            model: string;
            /** @description How many times the model was called. */
            calls: number;
            /** @description Tokens sent. */
            input_tokens: number;
            /** @description Tokens written. */
            output_tokens: number;
            /** @description Input tokens served from the provider's cache. */
            cached_tokens: number;
            /** @description What they cost, in US dollars. */
            cost_usd: number;
        };
        /**
         * @description Chat usage between two days, by day and model, with the month's budget.
         * @example {
         *       "from": "2026-12-01",
         *       "to": "2026-12-31",
         *       "days": [
         *         {
         *           "day": "2026-12-01",
         *           "provider": "openai",
         *           "model": "gpt-4.1-mini",
         *           "calls": 12,
         *           "input_tokens": 28000,
         *           "output_tokens": 900,
         *           "cached_tokens": 12000,
         *           "cost_usd": 0.0127
         *         }
         *       ],
         *       "total": {
         *         "input_tokens": 28000,
         *         "output_tokens": 900,
         *         "cached_tokens": 12000,
         *         "cost_usd": 0.0127
         *       },
         *       "budget": {
         *         "monthly_usd": 5,
         *         "spent_usd": 0.0127,
         *         "remaining_usd": 4.9873
         *       }
         *     }
         */
        Usage: {
            /**
             * Format: date
             * @description The first day counted.
             */
            from: string;
            /**
             * Format: date
             * @description The last day counted.
             */
            to: string;
            /** @description One row per day and model that had any use, oldest first. */
            days: components["schemas"]["UsageRow"][];
            total: components["schemas"]["ChatUsage"];
            /** @description This month's budget, or null when the operator set none. */
            budget: {
                /** @description What the chat may cost per person per calendar month. */
                monthly_usd: number;
                /** @description What this month has cost so far. */
                spent_usd: number;
                /** @description What is left this month; at 0 the chat stops answering until the next month. */
                remaining_usd: number;
            } | null;
        };
        /**
         * @description The widget's colours.
         * @example light
         * @enum {string}
         */
        WidgetTheme: "light" | "dark";
        /**
         * @description Which bottom corner of the page the widget's button sits in.
         * @example bottom-right
         * @enum {string}
         */
        WidgetPosition: "bottom-right" | "bottom-left";
        /**
         * @description A site allowed to show the widget, as its origin (scheme, host and port only), e.g. https://family.example. Stored as browsers send it: scheme and host in lower case, without a default port or a final slash.
         * @example https://family.example
         */
        WidgetOrigin: string;
        /**
         * @description A chat widget for the person's own web pages.
         * @example {
         *       "id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *       "name": "Family page",
         *       "allowed_origins": [
         *         "https://family.example"
         *       ],
         *       "theme": "light",
         *       "position": "bottom-right",
         *       "greeting": "Hi! Ask me about Luna's care or what's due this week.",
         *       "created_at": "2026-12-01T09:00:00.000+01:00",
         *       "updated_at": "2026-12-01T09:00:00.000+01:00"
         *     }
         */
        Widget: {
            /**
             * Format: uuid
             * @description The widget's id; it goes in the snippet's `data-tend-widget`.
             */
            id: string;
            /** @description A name for the person's own reference, e.g. Family page. */
            name: string;
            /** @description The sites that may show the widget; any other is refused. */
            allowed_origins: components["schemas"]["WidgetOrigin"][];
            theme: components["schemas"]["WidgetTheme"];
            position: components["schemas"]["WidgetPosition"];
            /** @description The first words the widget shows. */
            greeting: string;
            /**
             * Format: date-time
             * @description When it was made.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When its settings last changed.
             */
            updated_at: string;
        };
        /**
         * @description A new chat widget.
         * @example {
         *       "name": "Family page",
         *       "allowed_origins": [
         *         "https://family.example"
         *       ]
         *     }
         */
        WidgetCreate: {
            /** @description A name for the person's own reference, e.g. Family page. */
            name: string;
            /** @description The sites that may show it (at least one). */
            allowed_origins: components["schemas"]["WidgetOrigin"][];
            theme?: components["schemas"]["WidgetTheme"];
            position?: components["schemas"]["WidgetPosition"];
            /** @description The first words it shows; a friendly default when left out. */
            greeting?: string;
        };
        /**
         * @description The widget settings to change; fields left out stay as they are.
         * @example {
         *       "theme": "dark"
         *     }
         */
        WidgetUpdate: {
            /** @description A new name. */
            name?: string;
            /** @description The sites that may show it from now on (replaces the list). */
            allowed_origins?: components["schemas"]["WidgetOrigin"][];
            theme?: components["schemas"]["WidgetTheme"];
            position?: components["schemas"]["WidgetPosition"];
            /** @description New first words. */
            greeting?: string;
        };
        /**
         * @description One page of widgets, newest first.
         * @example {
         *       "items": [
         *         {
         *           "id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
         *           "name": "Family page",
         *           "allowed_origins": [
         *             "https://family.example"
         *           ],
         *           "theme": "light",
         *           "position": "bottom-right",
         *           "greeting": "Hi! Ask me about Luna's care or what's due this week.",
         *           "created_at": "2026-12-01T09:00:00.000+01:00",
         *           "updated_at": "2026-12-01T09:00:00.000+01:00"
         *         }
         *       ],
         *       "next_cursor": null
         *     }
         */
        WidgetPage: {
            /** @description The widgets on this page, in order. */
            items: components["schemas"]["Widget"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description The HTML that puts a widget on a page.
         * @example {
         *       "html": "<script src=\"https://tend.example/widget.js\" data-tend-widget=\"3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f\" async></script>",
         *       "script_url": "https://tend.example/widget.js"
         *     }
         */
        WidgetEmbedCode: {
            /** @description One line to paste into the page, just before `</body>`. */
            html: string;
            /**
             * Format: uri
             * @description Where the widget's script is served.
             */
            script_url: string;
        };
        /**
         * @description Pass this as `cursor` to get the next page; null when this is the last page.
         * @example WyIyMDI2LTExLTIzVDE2OjAwOjAwLjAwMFoiLCIyMDI2LTExLTIyVDA4OjEyOjAzLjEyMFoiLCI3ZDRlIl0
         */
        NextCursor: string | null;
        /**
         * @description An error, as RFC 9457 problem details. `code` is stable; `hint` says what to do next; `errors` lists each bad input.
         * @example {
         *       "type": "urn:tend:problem:validation_failed",
         *       "title": "Invalid request",
         *       "status": 400,
         *       "detail": "The request does not match the API contract.",
         *       "code": "validation_failed",
         *       "errors": [
         *         {
         *           "pointer": "/body/priority",
         *           "reason": "must be one of low, normal, high, urgent"
         *         }
         *       ],
         *       "hint": "Fix the listed fields and send the request again.",
         *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
         *     }
         */
        Problem: {
            /**
             * Format: uri
             * @description A URI naming the kind of problem (`urn:tend:problem:<code>`).
             */
            type: string;
            /** @description A short, human-readable summary of the kind of problem. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong in this case, in plain words. */
            detail?: string;
            /** @description A stable snake_case identifier of the problem, e.g. `validation_failed`, `not_found`, `unparseable_date`. */
            code: string;
            /** @description Each invalid input, for `validation_failed` and similar problems. */
            errors?: components["schemas"]["ProblemError"][];
            /** @description What to do next, e.g. ask the user for a clearer date. */
            hint?: string;
            /** @description The request's id (also in the `X-Request-Id` header); quote it when reporting a bug. */
            request_id: string;
            /** @description For `duplicate_suspected`: the stored items that look like the one being created, each as its get operation returns it. Show them to the user. */
            existing?: Record<string, never>[];
            /** @description For `ambiguous_subject` and `unknown_subject`: the people and pets the name could mean (or all of the user's, when none matched). Ask the user which one, then send `subject_id`. */
            candidates?: Record<string, never>[];
            /** @description For `changed_since`: each field of the item that changed after the entry being undone, with the value the entry left and the current one. Tell the user. */
            changes?: components["schemas"]["FieldChange"][];
            /** @description For `unknown_species`, `unknown_metric` and similar problems, the values Tend accepts. */
            allowed?: string[];
        };
        /**
         * @description One invalid input.
         * @example {
         *       "pointer": "/query/limit",
         *       "reason": "must be <= 100"
         *     }
         */
        ProblemError: {
            /** @description A JSON Pointer into the request seen as {path, query, body}: `/body/title`, `/query/limit`, `/path/task_id`. `/body` is the whole body. */
            pointer: string;
            /** @description Why the value was refused. */
            reason: string;
        };
        /**
         * @description An event a webhook may be sent: an item created, changed, completed, reopened or deleted, by kind (`task.created`), or `all` for every event, those added later too.
         * @example task.completed
         * @enum {string}
         */
        WebhookEvent: "all" | "task.created" | "task.updated" | "task.completed" | "task.reopened" | "task.deleted" | "record.created" | "record.updated" | "record.deleted" | "subject.created" | "subject.updated" | "subject.deleted";
        /**
         * Format: uri
         * @description Where Tend POSTs the events: an https URL on a public address, without a user name or password in it.
         * @example https://hooks.family.example/tend
         */
        WebhookUrl: string;
        /**
         * @description A URL subscribed to events, without its signing secret.
         * @example {
         *       "id": "6b1f2e3d-4c5a-4b69-8d7e-9f0a1b2c3d4e",
         *       "url": "https://hooks.family.example/tend",
         *       "description": "Family dashboard",
         *       "events": [
         *         "task.created",
         *         "task.completed"
         *       ],
         *       "enabled": true,
         *       "disabled_at": null,
         *       "disabled_reason": null,
         *       "created_at": "2026-12-01T09:00:00.000+01:00",
         *       "updated_at": "2026-12-01T09:00:00.000+01:00"
         *     }
         */
        Webhook: {
            /**
             * Format: uuid
             * @description The webhook's id; use it with getWebhook, updateWebhook and deleteWebhook.
             */
            id: string;
            url: components["schemas"]["WebhookUrl"];
            /** @description What the person wrote to recognize it; may be empty. */
            description: string;
            /** @description The events sent to it. */
            events: components["schemas"]["WebhookEvent"][];
            /** @description Whether events are sent to it now. */
            enabled: boolean;
            /**
             * Format: date-time
             * @description When it was turned off, by the person or by Tend; null while it is on.
             */
            disabled_at: string | null;
            /** @description Why it is off, e.g. that Tend stopped after a day of failed deliveries; null while it is on. */
            disabled_reason: string | null;
            /**
             * Format: date-time
             * @description When it was made.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it last changed.
             */
            updated_at: string;
        };
        /**
         * @description A new webhook.
         * @example {
         *       "url": "https://hooks.family.example/tend",
         *       "events": [
         *         "task.created",
         *         "task.completed"
         *       ],
         *       "description": "Family dashboard"
         *     }
         */
        WebhookCreate: {
            url: components["schemas"]["WebhookUrl"];
            /** @description The events to send (at least one), or `all` for every event. */
            events: components["schemas"]["WebhookEvent"][];
            /** @description A few words to recognize it by in the list later. */
            description?: string;
        };
        /**
         * @description A webhook just made, with its signing secret; the only time the secret is shown.
         * @example {
         *       "id": "6b1f2e3d-4c5a-4b69-8d7e-9f0a1b2c3d4e",
         *       "url": "https://hooks.family.example/tend",
         *       "description": "Family dashboard",
         *       "events": [
         *         "task.created",
         *         "task.completed"
         *       ],
         *       "enabled": true,
         *       "disabled_at": null,
         *       "disabled_reason": null,
         *       "created_at": "2026-12-01T09:00:00.000+01:00",
         *       "updated_at": "2026-12-01T09:00:00.000+01:00",
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
         *     }
         */
        CreatedWebhook: {
            /**
             * Format: uuid
             * @description The webhook's id.
             */
            id: string;
            url: components["schemas"]["WebhookUrl"];
            /** @description What the person wrote to recognize it. */
            description: string;
            /** @description The events sent to it. */
            events: components["schemas"]["WebhookEvent"][];
            /** @description Always true for a new webhook. */
            enabled: boolean;
            /** @description Always null for a new webhook. */
            disabled_at: null;
            /** @description Always null for a new webhook. */
            disabled_reason: null;
            /**
             * Format: date-time
             * @description When it was made.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When it last changed.
             */
            updated_at: string;
            /** @description The signing secret (`whsec_…`), shown this once: give it to the receiver, which verifies each delivery's `webhook-signature` with it as the Standard Webhooks specification says. Tend cannot show it again. */
            secret: string;
        };
        /**
         * @description The webhook settings to change; fields left out stay as they are.
         * @example {
         *       "enabled": false
         *     }
         */
        WebhookUpdate: {
            url?: components["schemas"]["WebhookUrl"];
            /** @description The events to send from now on (replaces the list). */
            events?: components["schemas"]["WebhookEvent"][];
            /** @description New words to recognize it by. */
            description?: string;
            /** @description false to stop sending events to it; true to start again. */
            enabled?: boolean;
        };
        /**
         * @description One page of webhooks, newest first.
         * @example {
         *       "items": [
         *         {
         *           "id": "6b1f2e3d-4c5a-4b69-8d7e-9f0a1b2c3d4e",
         *           "url": "https://hooks.family.example/tend",
         *           "description": "Family dashboard",
         *           "events": [
         *             "task.created",
         *             "task.completed"
         *           ],
         *           "enabled": true,
         *           "disabled_at": null,
         *           "disabled_reason": null,
         *           "created_at": "2026-12-01T09:00:00.000+01:00",
         *           "updated_at": "2026-12-01T09:00:00.000+01:00"
         *         }
         *       ],
         *       "next_cursor": null
         *     }
         */
        WebhookPage: {
            /** @description The webhooks on this page, in order. */
            items: components["schemas"]["Webhook"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description One try at sending a delivery.
         * @example {
         *       "attempt": 1,
         *       "started_at": "2026-12-01T09:05:00.120+01:00",
         *       "status_code": 200,
         *       "error": null,
         *       "latency_ms": 84
         *     }
         */
        WebhookAttempt: {
            /** @description Which try this was, from 1. */
            attempt: number;
            /**
             * Format: date-time
             * @description When the try began.
             */
            started_at: string;
            /** @description The HTTP status the URL answered, or null when there was no answer. */
            status_code: number | null;
            /** @description Why there was no answer (refused address, timeout, failed connection), or null. */
            error: string | null;
            /** @description How long the try took, in milliseconds. */
            latency_ms: number;
        };
        /**
         * @description One event sent (or being sent) to a webhook, with every try.
         * @example {
         *       "id": "7c2a3b4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *       "event_type": "task.completed",
         *       "message_id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "status": "succeeded",
         *       "attempt_count": 1,
         *       "last_status_code": 200,
         *       "last_error": null,
         *       "last_latency_ms": 84,
         *       "created_at": "2026-12-01T09:05:00.000+01:00",
         *       "delivered_at": "2026-12-01T09:05:00.204+01:00",
         *       "attempts": [
         *         {
         *           "attempt": 1,
         *           "started_at": "2026-12-01T09:05:00.120+01:00",
         *           "status_code": 200,
         *           "error": null,
         *           "latency_ms": 84
         *         }
         *       ]
         *     }
         */
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description The delivery's id.
             */
            id: string;
            /** @description The event, e.g. task.completed, or ping for a test. */
            event_type: string;
            /** @description The `webhook-id` header sent with it, the same on every try; a receiver uses it to ignore a repeat. */
            message_id: string;
            /**
             * @description pending while it is being tried, succeeded once the URL answered 2xx, failed when Tend gave up.
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
            /** @description How many tries so far. */
            attempt_count: number;
            /** @description The last try's HTTP status, or null. */
            last_status_code: number | null;
            /** @description The last try's error, or null. */
            last_error: string | null;
            /** @description How long the last try took, in milliseconds, or null before the first. */
            last_latency_ms: number | null;
            /**
             * Format: date-time
             * @description When the event happened.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the URL accepted it, or null.
             */
            delivered_at: string | null;
            /** @description Every try, first to last. */
            attempts: components["schemas"]["WebhookAttempt"][];
        };
        /**
         * @description One page of a webhook's deliveries, newest first.
         * @example {
         *       "items": [
         *         {
         *           "id": "7c2a3b4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
         *           "event_type": "task.completed",
         *           "message_id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *           "status": "succeeded",
         *           "attempt_count": 1,
         *           "last_status_code": 200,
         *           "last_error": null,
         *           "last_latency_ms": 84,
         *           "created_at": "2026-12-01T09:05:00.000+01:00",
         *           "delivered_at": "2026-12-01T09:05:00.204+01:00",
         *           "attempts": [
         *             {
         *               "attempt": 1,
         *               "started_at": "2026-12-01T09:05:00.120+01:00",
         *               "status_code": 200,
         *               "error": null,
         *               "latency_ms": 84
         *             }
         *           ]
         *         }
         *       ],
         *       "next_cursor": null
         *     }
         */
        WebhookDeliveryPage: {
            /** @description The deliveries on this page, in order. */
            items: components["schemas"]["WebhookDelivery"][];
            next_cursor: components["schemas"]["NextCursor"];
        };
        /**
         * @description How reminders of due tasks reach the person (docs/reminders.md).
         * @example {
         *       "mail_mode": "digest",
         *       "digest_hour": 8,
         *       "push_enabled": true,
         *       "timezone": "Europe/Berlin",
         *       "email_verified": true,
         *       "vapid_public_key": "BNbxGYNMhEIi9zrneh7mqV4oUanjLUK3m-mYZBc62frMKrEoMk88r3Lk596T0ck9xlT-aok0fO1KXBLV4-XqxYI",
         *       "devices": [
         *         {
         *           "id": "5b0c1f0e-2a7d-4e8b-9c3f-1a2b3c4d5e6f",
         *           "label": "Firefox on Linux",
         *           "created_at": "2026-11-22T10:00:00.000+01:00",
         *           "last_success_at": "2026-11-23T08:00:02.000+01:00"
         *         }
         *       ]
         *     }
         */
        ReminderSettings: {
            /**
             * @description `off`: no reminder mail. `due_time`: one mail per task at its due time (a task due on a day, at `digest_hour` that day). `digest`: one morning mail at `digest_hour` listing what is due today or overdue.
             * @enum {string}
             */
            mail_mode: "off" | "due_time" | "digest";
            /** @description The local hour (0–23, in `timezone`) of the digest and of day reminders. */
            digest_hour: number;
            /** @description Whether the devices below get a notification when a task is due. */
            push_enabled: boolean;
            /** @description The person's time zone, in which hours are meant. */
            timezone: string;
            /** @description Whether the address is verified; reminder mail goes only then. */
            email_verified: boolean;
            /** @description The server's VAPID public key (base64url), the `applicationServerKey` a browser subscribes with; null when Web Push is unavailable. */
            vapid_public_key: string | null;
            /** @description The browsers that receive Web Push reminders. */
            devices: components["schemas"]["PushDevice"][];
        };
        /**
         * @description The reminder settings to change; what is left out stays.
         * @example {
         *       "mail_mode": "digest",
         *       "digest_hour": 7
         *     }
         */
        ReminderSettingsUpdate: {
            /**
             * @description `off`, `due_time` (a mail per task when due) or `digest` (one morning mail).
             * @enum {string}
             */
            mail_mode?: "off" | "due_time" | "digest";
            /** @description The local hour (0–23) of the digest and of reminders for tasks due on a day. */
            digest_hour?: number;
            /** @description Whether the person's devices get Web Push reminders. */
            push_enabled?: boolean;
        };
        /**
         * @description A browser that receives Web Push reminders.
         * @example {
         *       "id": "5b0c1f0e-2a7d-4e8b-9c3f-1a2b3c4d5e6f",
         *       "label": "Firefox on Linux",
         *       "created_at": "2026-11-22T10:00:00.000+01:00",
         *       "last_success_at": null
         *     }
         */
        PushDevice: {
            /**
             * Format: uuid
             * @description The device's id, for deletePushDevice.
             */
            id: string;
            /** @description The browser and system it was added from, such as "Firefox on Linux". */
            label: string;
            /**
             * Format: date-time
             * @description When reminders were turned on there.
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When its push service last took a reminder; null before the first.
             */
            last_success_at: string | null;
        };
        /**
         * @description A browser's PushSubscription, as its `toJSON()` gives it.
         * @example {
         *       "endpoint": "https://updates.push.services.mozilla.com/wpush/v2/gAAAAABm",
         *       "expirationTime": null,
         *       "keys": {
         *         "p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
         *         "auth": "tBHItJI5svbpez7KI4CCXg"
         *       }
         *     }
         */
        PushDeviceInput: {
            /** @description The push service URL the browser was given (https). */
            endpoint: string;
            /** @description When the browser says the subscription ends, in milliseconds; usually null. */
            expirationTime?: number | null;
            /**
             * @description The browser's keys for encrypting the payload (RFC 8291).
             * @example {
             *       "p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
             *       "auth": "tBHItJI5svbpez7KI4CCXg"
             *     }
             */
            keys: {
                /** @description The browser's P-256 public key, base64url. */
                p256dh: string;
                /** @description The 16-byte authentication secret, base64url. */
                auth: string;
            };
        };
        /**
         * @description How long to wait before reminding again.
         * @example {
         *       "minutes": 60
         *     }
         */
        SnoozeInput: {
            /** @description Minutes from now, from 5 to 10080 (a week). 60 is "in an hour". */
            minutes: number;
        };
        /**
         * @description A task's snoozed reminder.
         * @example {
         *       "task_id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
         *       "snoozed_until": "2026-11-22T11:00:00.000+01:00"
         *     }
         */
        Snooze: {
            /**
             * Format: uuid
             * @description The task.
             */
            task_id: string;
            /**
             * Format: date-time
             * @description When the reminder goes again, in the person's time zone.
             */
            snoozed_until: string;
        };
    };
    responses: {
        /** @description This month's chat budget is spent; the chat answers again next month. */
        ChatBudgetSpent: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:chat_budget_spent",
                 *       "title": "Chat budget spent",
                 *       "status": 402,
                 *       "detail": "This month's chat has cost $5.00 of the $5.00 allowed.",
                 *       "code": "chat_budget_spent",
                 *       "hint": "The chat answers again on 2027-01-01; the rest of Tend works as usual.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The conversation is busy with another reply, or a decision names no waiting change. */
        ChatTurnConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:chat_awaiting_decision",
                 *       "title": "A change is waiting for a decision",
                 *       "status": 409,
                 *       "detail": "The chat is waiting for your decision on deleteTask before it goes on.",
                 *       "code": "chat_awaiting_decision",
                 *       "hint": "Send `decision` with the waiting call's id first.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No model is configured for the chat, or the model could not answer. */
        ChatUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:chat_not_configured",
                 *       "title": "Chat is not set up",
                 *       "status": 503,
                 *       "detail": "This Tend has no model configured for its chat.",
                 *       "code": "chat_not_configured",
                 *       "hint": "Ask whoever runs this Tend to set LLM_BASE_URL or ANTHROPIC_API_KEY; the rest of Tend works as usual.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests from these credentials (or, without valid ones, from this address). Wait the seconds in Retry-After, then continue; do not retry at once. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before the next request. */
                "Retry-After"?: string;
                /** @description The quota, as `"name";q=requests;w=seconds` (draft-ietf-httpapi-ratelimit-headers). */
                "RateLimit-Policy"?: string;
                /** @description What is left of the quota, as `"name";r=remaining;t=seconds-until-reset`. */
                RateLimit?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:rate_limited",
                 *       "title": "Too many requests",
                 *       "status": 429,
                 *       "detail": "More than 600 requests in 60 seconds.",
                 *       "code": "rate_limited",
                 *       "hint": "Wait 42 seconds (Retry-After), then continue; do not retry at once.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request does not match the contract (see `errors`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid credentials. Sign in again or send a valid bearer token. */
        Unauthorized: {
            headers: {
                /** @description The Bearer challenge. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:unauthorized",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "A valid bearer token is required.",
                 *       "code": "unauthorized",
                 *       "hint": "Ask the user to connect their Tend account again.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The credentials lack the scope this operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:insufficient_scope",
                 *       "title": "Insufficient scope",
                 *       "status": 403,
                 *       "detail": "This operation needs the scope tasks:write.",
                 *       "code": "insufficient_scope",
                 *       "hint": "Ask the user to reconnect Tend and allow this access.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such item for this user. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:not_found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "No task with this id.",
                 *       "code": "not_found",
                 *       "hint": "List the items again to get a current id.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The file is larger than this Tend keeps (10 MB unless its operator changed it). */
        FileTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:file_too_large",
                 *       "title": "File too large",
                 *       "status": 413,
                 *       "detail": "The file is larger than 10 MB, the most a record can keep.",
                 *       "code": "file_too_large",
                 *       "hint": "Ask the person for a smaller file (a photo at a lower size, a PDF of fewer pages).",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The file is not of a kept type (PDF, JPEG, PNG, WebP, HEIC or GIF), as read from its bytes. */
        UnsupportedFile: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:unsupported_file_type",
                 *       "title": "Unsupported file type",
                 *       "status": 415,
                 *       "detail": "This file is not a PDF, JPEG, PNG, WebP, HEIC or GIF.",
                 *       "code": "unsupported_file_type",
                 *       "hint": "Ask the person for the file as a PDF or a picture.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is larger than 1 MB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:payload_too_large",
                 *       "title": "Payload too large",
                 *       "status": 413,
                 *       "detail": "The request body is larger than 1 MB.",
                 *       "code": "payload_too_large",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is well-formed but Tend cannot act on it, e.g. a date it cannot read, or its Idempotency-Key was already used for a different request (`idempotency_key_reused`). */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:unparseable_date",
                 *       "title": "Unparseable date",
                 *       "status": 422,
                 *       "detail": "Could not read a date from \"whenever\".",
                 *       "code": "unparseable_date",
                 *       "errors": [
                 *         {
                 *           "pointer": "/body/due_text",
                 *           "reason": "not a date Tend understands"
                 *         }
                 *       ],
                 *       "hint": "Ask the user when it is due, then send due_text like \"tomorrow 5pm\" or due_date as YYYY-MM-DD.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `duplicate_suspected`: something like this already exists (`existing`). Ask the user; if they still want a new one, send the same request with `confirm_duplicate: true`. `idempotency_request_in_flight`: a request with this Idempotency-Key is still running; retry shortly with the same key. */
        DuplicateSuspected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:duplicate_suspected",
                 *       "title": "Duplicate suspected",
                 *       "status": 409,
                 *       "detail": "There is already a subject called Luna.",
                 *       "code": "duplicate_suspected",
                 *       "hint": "Ask the user whether they mean the existing one; only if not, send the request again with confirm_duplicate true.",
                 *       "existing": [
                 *         {
                 *           "id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
                 *           "name": "Luna"
                 *         }
                 *       ],
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request conflicts with the current state (see `code` and `hint`), or a request with this Idempotency-Key is still running (`idempotency_request_in_flight`). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:self_subject",
                 *       "title": "Cannot remove the user",
                 *       "status": 409,
                 *       "detail": "The subject for the user themself cannot be deleted.",
                 *       "code": "self_subject",
                 *       "hint": "Tell the user their own entry cannot be removed.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such subject: an unknown `subject_id`, or a `subject` name that matches nobody (`candidates` lists the user's subjects). Offer to create it with createSubject. */
        UnknownSubject: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:unknown_subject",
                 *       "title": "Unknown subject",
                 *       "status": 404,
                 *       "detail": "No person or pet is called Oscar.",
                 *       "code": "unknown_subject",
                 *       "hint": "Ask the user who they mean, or offer to add Oscar with createSubject, then send subject_id.",
                 *       "candidates": [
                 *         {
                 *           "id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
                 *           "name": "Luna"
                 *         }
                 *       ],
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `duplicate_suspected`: the same task or record seems to exist (`existing`); ask the user and send again with `confirm_duplicate: true` only if it is another one. `ambiguous_subject`: the name fits several subjects (`candidates`); ask which one and send `subject_id`. `idempotency_request_in_flight`: a request with this Idempotency-Key is still running; retry shortly with the same key. */
        RecordConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:ambiguous_subject",
                 *       "title": "Ambiguous subject",
                 *       "status": 409,
                 *       "detail": "Several people or pets could be meant by \"Max\".",
                 *       "code": "ambiguous_subject",
                 *       "hint": "Ask the user which one they mean, then send subject_id.",
                 *       "candidates": [
                 *         {
                 *           "id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
                 *           "name": "Max"
                 *         },
                 *         {
                 *           "id": "6c2f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6b",
                 *           "name": "Maxine"
                 *         }
                 *       ],
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A request with the same Idempotency-Key is still being processed; retry shortly with the same key. */
        IdempotencyConflict: {
            headers: {
                /** @description Seconds to wait before retrying. */
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:idempotency_request_in_flight",
                 *       "title": "Request in progress",
                 *       "status": 409,
                 *       "detail": "A request with this Idempotency-Key is still being processed.",
                 *       "code": "idempotency_request_in_flight",
                 *       "hint": "Wait a moment, then retry with the same key to get its answer.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The Idempotency-Key was already used for a different request; use a new key for a new change. */
        IdempotencyKeyReused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:idempotency_key_reused",
                 *       "title": "Idempotency-Key reused",
                 *       "status": 422,
                 *       "detail": "This Idempotency-Key was used for a different request.",
                 *       "code": "idempotency_key_reused",
                 *       "hint": "Use a new key for a new change; reuse a key only to retry the very same request.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `changed_since`: the item changed after this entry (`changes` lists each field); tell the user and change it directly instead. `already_undone`: the entry was undone before. `idempotency_request_in_flight`: retry shortly with the same key. */
        UndoConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:changed_since",
                 *       "title": "Changed since",
                 *       "status": 409,
                 *       "detail": "The task changed after this entry, so undoing it would lose that change.",
                 *       "code": "changed_since",
                 *       "changes": [
                 *         {
                 *           "field": "title",
                 *           "entry_left": "Buy cat food",
                 *           "current": "Buy cat food and litter"
                 *         }
                 *       ],
                 *       "hint": "Tell the user what changed since; if they still want the old values, set them with the update operation.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The account already has tasks, records or people and pets besides the person, so an import would mix two sets of data; import into a new account instead. */
        AccountNotEmpty: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:tend:problem:account_not_empty",
                 *       "title": "Account not empty",
                 *       "status": 409,
                 *       "detail": "This account already has 3 tasks, 5 records and 1 other person or pet; an import goes only into an empty account.",
                 *       "code": "account_not_empty",
                 *       "hint": "Sign up for a new account and import the file there.",
                 *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
         * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
         */
        IdempotencyKey: string;
        /**
         * @description The task's id, as returned by listTasks or createTask.
         * @example 7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6
         */
        TaskId: string;
        /** @description How many items to return at most. */
        Limit: number;
        /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
        Cursor: string;
        /**
         * @description The subject's id, as returned by findSubjects, listSubjects or createSubject.
         * @example 5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a
         */
        SubjectId: string;
        /**
         * @description The record's id, as returned by listRecords or createRecord.
         * @example 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
         */
        RecordId: string;
        /**
         * @description The file's id, as listed in a record's `attachments`.
         * @example 6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d
         */
        AttachmentId: string;
        /**
         * @description The id of an entry listed by listActivity.
         * @example 2e6f1a0b-3c4d-4e5f-9a8b-7c6d5e4f3a2b
         */
        ActivityId: string;
        /**
         * @description The API key's id, as returned by listApiKeys or createApiKey.
         * @example 2a6e8f0c-4b1d-4e7a-9c3f-5d8b0a1e2f34
         */
        KeyId: string;
        /**
         * @description The connected app's id, as returned by listConnectedApps.
         * @example 4c7d9e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f
         */
        GrantId: string;
        /**
         * @description The conversation's id, as returned by createConversation or listConversations.
         * @example 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b
         */
        ConversationId: string;
        /**
         * @description The widget's id, as returned by createWidget or listWidgets.
         * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
         */
        WidgetId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listTasks: {
        parameters: {
            query?: {
                /** @description Which tasks to return. `open` (default) are not done yet, `done` are completed, `all` is both. */
                status?: "open" | "done" | "all";
                /** @description Only tasks due before this: an RFC 3339 date-time, or a day (YYYY-MM-DD) meaning its start. */
                due_before?: components["schemas"]["DateOrDateTime"];
                /** @description Only tasks due at or after this: an RFC 3339 date-time, or a day (YYYY-MM-DD) meaning its start. */
                due_after?: components["schemas"]["DateOrDateTime"];
                /** @description `true`: only open tasks past their due time (a date-only task once its day has ended); `false` excludes them. */
                overdue?: boolean;
                /** @description Only tasks carrying this tag (exact, case-insensitive). */
                tag?: components["schemas"]["Tag"];
                /** @description Only tasks whose title or notes contain this text (case-insensitive). */
                q?: string;
                /** @description Only tasks about this person or pet: an id, or a name as the user said it ("Luna", "me"), resolved as createTask's `subject`. */
                subject?: string;
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UnknownSubject"];
            409: components["responses"]["RecordConflict"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreate"];
            };
        };
        responses: {
            /** @description The task as stored. */
            201: {
                headers: {
                    /** @description The URL of the new task. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UnknownSubject"];
            409: components["responses"]["RecordConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTasks: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskBatch"];
            };
        };
        responses: {
            /** @description Each item's outcome, in the order sent (201 with `task`, or its problem); 200 even when some or all items failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskBatchResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    completeTasks: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCompletions"];
            };
        };
        responses: {
            /** @description Each task's outcome, in the order sent (200 with `task`, or its problem, e.g. 404 for an unknown id); 200 even when some or all items failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskBatchResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task's id, as returned by listTasks or createTask.
                 * @example 7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The task's id, as returned by listTasks or createTask.
                 * @example 7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyConflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The task's id, as returned by listTasks or createTask.
                 * @example 7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description The task after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RecordConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    completeTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The task's id, as returned by listTasks or createTask.
                 * @example 7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task, now done; for a repeating task with its `next_occurrence`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyConflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    reopenTask: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The task's id, as returned by listTasks or createTask.
                 * @example 7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task, open again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyConflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSubjects: {
        parameters: {
            query?: {
                /** @description Only people (`person`) or only pets (`pet`). */
                kind?: components["schemas"]["SubjectKind"];
                /** @description Only pets of this species. */
                species?: components["schemas"]["Species"];
                /** @description `true` also returns subjects the user deleted (archived); default `false`. */
                include_archived?: boolean;
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of subjects, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSubject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectCreate"];
            };
        };
        responses: {
            /** @description The subject as stored. */
            201: {
                headers: {
                    /** @description The URL of the new subject. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["DuplicateSuspected"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findSubjects: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectQuery"];
            };
        };
        responses: {
            /** @description The candidates, best first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectMatches"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyConflict"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSubject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The subject's id, as returned by findSubjects, listSubjects or createSubject.
                 * @example 5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a
                 */
                subject_id: components["parameters"]["SubjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subject. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteSubject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The subject's id, as returned by findSubjects, listSubjects or createSubject.
                 * @example 5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a
                 */
                subject_id: components["parameters"]["SubjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSubject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The subject's id, as returned by findSubjects, listSubjects or createSubject.
                 * @example 5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a
                 */
                subject_id: components["parameters"]["SubjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectUpdate"];
            };
        };
        responses: {
            /** @description The subject after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listRecords: {
        parameters: {
            query?: {
                /** @description Only records about this person or pet (from findSubjects); without it, archived ones are left out. */
                subject_id?: string;
                /**
                 * @description Only records about the person or pet with this name ("Luna"), resolved as createRecord's `subject`; no need to call findSubjects first. Give at most one of subject and subject_id.
                 * @example Luna
                 */
                subject?: string;
                /** @description Only records of this type. */
                type?: components["schemas"]["RecordType"];
                /** @description Only records that happened at or after this: an RFC 3339 date-time, or a day (YYYY-MM-DD) meaning its start. */
                from?: components["schemas"]["DateOrDateTime"];
                /** @description Only records that happened before this: an RFC 3339 date-time, or a day (YYYY-MM-DD), that day included. */
                to?: components["schemas"]["DateOrDateTime"];
                /** @description Only records carrying this tag (exact, case-insensitive). */
                tag?: components["schemas"]["Tag"];
                /** @description Only records whose title, details or type words contain this text (case-insensitive). */
                q?: string;
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of records, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UnknownSubject"];
            /** @description `ambiguous_subject`: the `subject` name fits several people or pets (`candidates`); ask the user which one, then send `subject_id`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:tend:problem:ambiguous_subject",
                     *       "title": "Ambiguous subject",
                     *       "status": 409,
                     *       "detail": "Several people or pets could be meant by \"Max\".",
                     *       "code": "ambiguous_subject",
                     *       "hint": "Ask the user which one they mean, then send subject_id.",
                     *       "errors": [
                     *         {
                     *           "pointer": "/query/subject",
                     *           "reason": "matches several subjects"
                     *         }
                     *       ],
                     *       "candidates": [
                     *         {
                     *           "id": "5b1f0c9e-2a7d-4e3b-9c1a-0f2e3d4c5b6a",
                     *           "name": "Max"
                     *         },
                     *         {
                     *           "id": "7c2e1d0f-3b8a-4f4c-8d2b-1a0e9f8c7b6d",
                     *           "name": "Maxine"
                     *         }
                     *       ],
                     *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createRecord: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCreate"];
            };
        };
        responses: {
            /** @description The record as stored. */
            201: {
                headers: {
                    /** @description The URL of the new record. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UnknownSubject"];
            409: components["responses"]["RecordConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedFile"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createRecords: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordBatch"];
            };
        };
        responses: {
            /** @description Each item's outcome, in the order sent (201 with `record`, or its problem); 200 even when some or all items failed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordBatchResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The record's id, as returned by listRecords or createRecord.
                 * @example 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                record_id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteRecord: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The record's id, as returned by listRecords or createRecord.
                 * @example 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                record_id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyConflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateRecord: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The record's id, as returned by listRecords or createRecord.
                 * @example 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                record_id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordUpdate"];
            };
        };
        responses: {
            /** @description The record after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["RecordConflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    uploadAttachment: {
        parameters: {
            query: {
                /**
                 * @description The file's name as the person knows it ("invoice.pdf"), shown in lists and used when it is downloaded.
                 * @example invoice.pdf
                 */
                name: string;
            };
            header?: never;
            path: {
                /**
                 * @description The record's id, as returned by listRecords or createRecord.
                 * @example 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                record_id: components["parameters"]["RecordId"];
            };
            cookie?: never;
        };
        /** @description The file's bytes, with any Content-Type (application/octet-stream or the file's own): Tend reads the type from the bytes and ignores the claim. */
        requestBody: {
            content: {
                "application/octet-stream": components["schemas"]["FileBytes"];
            };
        };
        responses: {
            /** @description The file as stored. */
            201: {
                headers: {
                    /** @description Where the file's bytes are (getAttachment). */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["FileTooLarge"];
            415: components["responses"]["UnsupportedFile"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The file's id, as listed in a record's `attachments`.
                 * @example 6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d
                 */
                attachment_id: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, to be saved rather than shown (`Content-Disposition` attachment). */
            200: {
                headers: {
                    /** @description `attachment` with the file's name (RFC 6266 `filename*`). */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["FileBytes"];
                    "image/jpeg": components["schemas"]["FileBytes"];
                    "image/png": components["schemas"]["FileBytes"];
                    "image/webp": components["schemas"]["FileBytes"];
                    "image/heic": components["schemas"]["FileBytes"];
                    "image/gif": components["schemas"]["FileBytes"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The file's id, as listed in a record's `attachments`.
                 * @example 6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d
                 */
                attachment_id: components["parameters"]["AttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listActivity: {
        parameters: {
            query?: {
                /** @description Only changes to this kind of item; without it, every kind the credentials may read (tasks need `tasks:read`, subjects and records `records:read`). */
                entity?: components["schemas"]["ActivityEntity"];
                /** @description Only changes to the item with this id (a task, subject or record id). */
                entity_id?: string;
                /** @description Only changes made by this caller, exactly as entries name it: `web`, `api_key:<prefix>` or a connected app's name. */
                actor?: string;
                /** @description Only changes made at or after this moment. An RFC 3339 date-time, or a date (YYYY-MM-DD) meaning the start of that day in the user's time zone. */
                since?: components["schemas"]["DateOrDateTime"];
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of changes, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    undoActivity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The id of an entry listed by listActivity.
                 * @example 2e6f1a0b-3c4d-4e5f-9a8b-7c6d5e4f3a2b
                 */
                activity_id: components["parameters"]["ActivityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Undone. The new entry records the undo; its `after` is the item now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityEntry"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["UndoConflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    exportAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's data, in the format described by AccountExport. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountExport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    importAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountExport"];
            };
        };
        responses: {
            /** @description Everything in the document was stored; how many of each. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportSummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["AccountNotEmpty"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyCreate"];
            };
        };
        responses: {
            /** @description The key, with its secret shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The API key's id, as returned by listApiKeys or createApiKey.
                 * @example 2a6e8f0c-4b1d-4e7a-9c3f-5d8b0a1e2f34
                 */
                key_id: components["parameters"]["KeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyConflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listConnectedApps: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of connected apps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConnectedAppPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    disconnectApp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A unique key for this change, such as a UUID, per the IETF Idempotency-Key draft. When retrying the same request, send the same key: Tend runs it once, keeps the answer for 24 hours and replays it (marked `Idempotent-Replayed: true`). A retry while the first is still running gets 409 idempotency_request_in_flight; the same key with a different request gets 422 idempotency_key_reused.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The connected app's id, as returned by listConnectedApps.
                 * @example 4c7d9e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f
                 */
                grant_id: components["parameters"]["GrantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disconnected. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyConflict"];
            422: components["responses"]["IdempotencyKeyReused"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    search: {
        parameters: {
            query: {
                /**
                 * @description The user's words or question ("when did Luna vomit", "Max flea", "vet visits last month"). Names, tags, record types and their everyday words ("shot") match in any word form; a time phrase ("last month") filters by date unless from/to are given. "quoted words", `or` and `-word` work. With no full match the spelling is corrected, then any word taken (`fuzzy: true`).
                 * @example rabies vaccination
                 */
                q: string;
                /**
                 * @description Only these kinds of results: `task`, `subject` (people and pets), `record` (any care record) or one record type. Default: all the token may read.
                 * @example [
                 *       "vaccination",
                 *       "task"
                 *     ]
                 */
                types?: components["schemas"]["SearchType"][];
                /** @description Only results about this person or pet (from findSubjects), and it itself; without it, archived ones are left out. */
                subject_id?: string;
                /** @description Only results dated at or after this (records: when they happened; tasks: when due, else added): an RFC 3339 date-time, or a day (YYYY-MM-DD) meaning its start. */
                from?: components["schemas"]["DateOrDateTime"];
                /** @description Only results dated before this: an RFC 3339 date-time, or a day (YYYY-MM-DD), that day included. */
                to?: components["schemas"]["DateOrDateTime"];
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results, best match first, then newest. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    fetch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a task, record, person or pet (e.g. a search result's `id`).
                 * @example 9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                item_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item as a document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FetchedItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getOverview: {
        parameters: {
            query?: {
                /** @description Only this person or pet (an id from findSubjects). Without it, every active subject. */
                subject_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The overview. Parts the token may not read (tasks without tasks:read, care without records:read) are null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Overview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTrend: {
        parameters: {
            query: {
                /** @description The person or pet (an id from findSubjects). */
                subject_id: string;
                /**
                 * @description What to follow: `weight`, a measured `metric` (`temperature`, `height`), or a record type to count (`symptom`, `vaccination`, `visit`…). A word this person or pet has none of ("weigth") gets 422 `unknown_metric` with `allowed` and a `hint` naming the closest.
                 * @example weight
                 */
                metric: string;
                /** @description The first day (YYYY-MM-DD, in the user's time zone). Default a year before `to`. */
                from?: string;
                /** @description The last day, included (YYYY-MM-DD). Default today. */
                to?: string;
                /** @description Group readings by `day`, `week` (from Monday) or `month`; default by the period's length. */
                bucket?: components["schemas"]["TrendBucket"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series and its summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Trend"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Tend cannot act on it: `invalid_range` (from is after to), or `unknown_metric` (a metric this person or pet has none of: `allowed` lists theirs, `hint` names the closest). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:tend:problem:unknown_metric",
                     *       "title": "Unknown metric",
                     *       "status": 422,
                     *       "detail": "Tend has no metric \"weigth\" for Max. Measured: weight; counted: symptom, vaccination.",
                     *       "code": "unknown_metric",
                     *       "errors": [
                     *         {
                     *           "pointer": "/query/metric",
                     *           "reason": "is not a metric of Max"
                     *         }
                     *       ],
                     *       "hint": "Did the user mean \"weight\"? If so, call getTrend again with metric \"weight\"; else ask which of weight, symptom, vaccination they mean.",
                     *       "allowed": [
                     *         "weight",
                     *         "symptom",
                     *         "vaccination"
                     *       ],
                     *       "request_id": "3f2b8c1e-8a4d-4c3e-9b7a-1d2e3f4a5b6c"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    getReport: {
        parameters: {
            query?: {
                /** @description A named period in the user's time zone (`last_month` is the whole previous month). Default `last_30_days`; ignored when `from` or `to` is given. */
                period?: components["schemas"]["ReportPeriod"];
                /** @description The first day of the period (YYYY-MM-DD). With only `from`, the period ends today. */
                from?: string;
                /** @description The last day of the period, included (YYYY-MM-DD). With only `to`, the period starts 30 days before. */
                to?: string;
                /** @description Only this person or pet (an id from findSubjects). Without it, everyone active. */
                subject_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. Parts the token may not read are null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    rotateCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new feed URL, shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed is off (or was already). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of webhooks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description The webhook, with its signing secret shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id, as returned by createWebhook or listWebhooks.
                 * @example 6b1f2e3d-4c5a-4b69-8d7e-9f0a1b2c3d4e
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id, as returned by createWebhook or listWebhooks.
                 * @example 6b1f2e3d-4c5a-4b69-8d7e-9f0a1b2c3d4e
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id, as returned by createWebhook or listWebhooks.
                 * @example 6b1f2e3d-4c5a-4b69-8d7e-9f0a1b2c3d4e
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description The webhook as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /**
                 * @description The webhook's id, as returned by createWebhook or listWebhooks.
                 * @example 6b1f2e3d-4c5a-4b69-8d7e-9f0a1b2c3d4e
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    sendTestWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webhook's id, as returned by createWebhook or listWebhooks.
                 * @example 6b1f2e3d-4c5a-4b69-8d7e-9f0a1b2c3d4e
                 */
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test event, queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getReminderSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person's reminder settings and devices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateReminderSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReminderSettingsUpdate"];
            };
        };
        responses: {
            /** @description The settings after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    addPushDevice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PushDeviceInput"];
            };
        };
        responses: {
            /** @description The device, now receiving reminders. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PushDevice"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePushDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The device's `id` from getReminderSettings. */
                device_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The device receives no more reminders. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    snoozeTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task's id, as returned by listTasks or createTask.
                 * @example 7d4e2f3a-1b2c-4d5e-8f90-a1b2c3d4e5f6
                 */
                task_id: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnoozeInput"];
            };
        };
        responses: {
            /** @description When the reminder goes again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Snooze"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConversationCreate"];
            };
        };
        responses: {
            /** @description The new conversation, without messages yet. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getConversation: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path: {
                /**
                 * @description The conversation's id, as returned by createConversation or listConversations.
                 * @example 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b
                 */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation and one page of its messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationWithMessages"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation's id, as returned by createConversation or listConversations.
                 * @example 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b
                 */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The conversation's id, as returned by createConversation or listConversations.
                 * @example 1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b
                 */
                conversation_id: components["parameters"]["ConversationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageCreate"];
            };
        };
        responses: {
            /** @description The reply. With `Accept: text/event-stream` it streams as server-sent events (`text`, `tool_call`, `tool_result`, `confirmation_needed`, `message`, `done`, `error`, each with a JSON `data`); otherwise it is one JSON turn. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatTurn"];
                    /**
                     * @example event: text
                     *     data: {"delta":"Noted: Luna"}
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["ChatBudgetSpent"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["ChatTurnConflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedFile"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ChatUnavailable"];
        };
    };
    getUsage: {
        parameters: {
            query?: {
                /**
                 * @description The first day to count (YYYY-MM-DD, in the person's time zone); the 1st of this month by default.
                 * @example 2026-12-01
                 */
                from?: string;
                /**
                 * @description The last day to count (YYYY-MM-DD), inclusive; today by default.
                 * @example 2026-12-31
                 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage by day and model, with totals and the budget. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Usage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listWidgets: {
        parameters: {
            query?: {
                /** @description How many items to return at most. */
                limit?: components["parameters"]["Limit"];
                /** @description The previous page's `next_cursor` (none for the first page); keep the other filters. */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of widgets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createWidget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetCreate"];
            };
        };
        responses: {
            /** @description The new widget. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's id, as returned by createWidget or listWidgets.
                 * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
                 */
                widget_id: components["parameters"]["WidgetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The widget. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's id, as returned by createWidget or listWidgets.
                 * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
                 */
                widget_id: components["parameters"]["WidgetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's id, as returned by createWidget or listWidgets.
                 * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
                 */
                widget_id: components["parameters"]["WidgetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetUpdate"];
            };
        };
        responses: {
            /** @description The widget as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getWidgetEmbedCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The widget's id, as returned by createWidget or listWidgets.
                 * @example 3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f
                 */
                widget_id: components["parameters"]["WidgetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snippet. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetEmbedCode"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
