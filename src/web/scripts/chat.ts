/**
 * The chat page's enhancement: a message (or a Yes / No) is sent to the page's own stream
 * route and the reply is shown as it is written. Without this script the same forms post
 * and the page reloads with the reply.
 */
import { readServerEvents } from './shared/server-events.ts';
import { toolLine } from './shared/tool-words.ts';

const compose = document.querySelector<HTMLFormElement>('#chat-compose');
const log = document.querySelector<HTMLOListElement>('#chat-log');
const status = document.querySelector<HTMLElement>('#chat-status');
const content = document.querySelector<HTMLTextAreaElement>('#chat-content');
const filesInput = document.querySelector<HTMLInputElement>('#chat-files');
let busy = false;

function item(cls: string, text = ''): HTMLLIElement {
  const li = document.createElement('li');
  li.className = cls;
  li.textContent = text;
  log?.append(li);
  li.scrollIntoView({ block: 'nearest' });
  return li;
}

/** A bubble of words, as the page draws them; what it returns is where the words go. */
function said(role: 'user' | 'assistant', text: string): HTMLElement {
  const li = item(`chat-message ${role}`);
  const who = document.createElement('span');
  who.className = 'who';
  who.textContent = role === 'user' ? 'You' : 'Tend';
  const words = document.createElement('span');
  words.className = 'words';
  words.textContent = text;
  li.append(who, words);
  return words;
}

function say(text: string): void {
  if (status) status.textContent = text;
}

function csrfToken(): string {
  return compose?.querySelector<HTMLInputElement>('input[name="csrf_token"]')?.value ?? '';
}

/** Yes / No for a change the reply waits on; either one sends the decision as a turn. */
function askToConfirm(toolCallId: string, question: string | undefined): void {
  const li = item('chat-waiting');
  if (question) {
    const p = document.createElement('p');
    p.textContent = question;
    li.append(p);
  }
  const group = document.createElement('div');
  group.className = 'chat-confirm';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Confirm a change');
  for (const [label, approve] of [
    ['Yes, do it', true],
    ['No', false],
  ] as const) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    if (!approve) button.className = 'secondary';
    button.addEventListener('click', () => {
      li.remove();
      void turn({ decision: { tool_call_id: toolCallId, approve } });
    });
    group.append(button);
  }
  li.append(group);
  group.querySelector('button')?.focus();
}

async function fileOf(file: File): Promise<{ name: string; data: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, data: btoa(text) };
}

async function problemOf(res: Response): Promise<string> {
  const text = await res.text();
  try {
    const problem = JSON.parse(text) as { detail?: string; title?: string; hint?: string };
    return [problem.detail ?? problem.title, problem.hint].filter(Boolean).join(' ');
  } catch {
    return text.trim() || 'Something went wrong. Please try again.';
  }
}

/** One turn, its reply read from server-sent events as it arrives. */
async function turn(body: Record<string, unknown>): Promise<void> {
  if (busy || !compose) return;
  busy = true;
  const send = compose.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (send) send.disabled = true;
  say('Tend is answering…');
  let reply: HTMLElement | undefined;
  let failed = false;
  try {
    const res = await fetch(compose.dataset.stream ?? '', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'text/event-stream',
        'X-CSRF-Token': csrfToken(),
      },
      body: JSON.stringify(body),
    });
    if (!res.ok) {
      failed = true;
      say(await problemOf(res));
      return;
    }
    await readServerEvents(res, (event, data) => {
      if (event === 'text') {
        reply ??= said('assistant', '');
        reply.append(document.createTextNode(String(data.delta ?? '')));
      } else if (event === 'tool_call') {
        reply = undefined;
      } else if (event === 'message' && data.role === 'tool') {
        item(
          'chat-tool',
          toolLine({
            name: String(data.tool_name ?? ''),
            content: String(data.content ?? ''),
            isError: data.is_error === true,
          }),
        );
      } else if (event === 'confirmation_needed') {
        askToConfirm(String(data.tool_call_id), reply ? undefined : String(data.question ?? ''));
      } else if (event === 'error') {
        failed = true;
        const problem = (data.problem ?? data) as { detail?: string };
        say(problem.detail ?? 'Something went wrong. Please try again.');
      }
    });
  } catch {
    failed = true;
    say('Tend could not be reached. Please try again.');
  } finally {
    busy = false;
    if (send) send.disabled = false;
    if (!failed) say('');
  }
}

compose?.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = content?.value.trim() ?? '';
  if (!text || busy) return;
  const chosen = Array.from(filesInput?.files ?? []);
  said('user', text);
  if (content) content.value = '';
  if (filesInput) filesInput.value = '';
  void Promise.all(chosen.map(fileOf)).then((files) =>
    turn({ content: text, ...(files.length > 0 && { files }) }),
  );
});

content?.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    compose?.requestSubmit();
  }
});

// The Yes / No of a change still waiting when the page loaded: sent as a streamed turn too.
for (const form of Array.from(
  document.querySelectorAll<HTMLFormElement>('form[data-chat-decision]'),
)) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const id = form.querySelector<HTMLInputElement>('input[name="tool_call_id"]')?.value ?? '';
    const approve = form.querySelector<HTMLInputElement>('input[name="approve"]')?.value === 'yes';
    form.closest('li')?.remove();
    void turn({ decision: { tool_call_id: id, approve } });
  });
}
