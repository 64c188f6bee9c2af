import { DateTime } from 'luxon';
import type { Mail } from '../mail/mailer.ts';

/** Mail bodies are written here, away from page templates: escaped by hand. */
function escapeText(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** `Sat 28 Mar, 09:00` (or the day alone) as it reads in the person's zone. */
export function whenText(at: Date, zone: string, dateOnly: boolean): string {
  const local = DateTime.fromJSDate(at, { zone }).setLocale('en-GB');
  return dateOnly ? local.toFormat('ccc d LLL') : local.toFormat('ccc d LLL, HH:mm');
}

export interface MailLine {
  text: string;
  link?: string;
}

/** Plain text first (every client shows it), with the same words in simple HTML. */
function reminderMail(
  to: string,
  subject: string,
  intro: string,
  lines: MailLine[],
  settingsUrl: string,
): Mail {
  const footer = `You get this because you asked Tend for reminders. Change or stop them: ${settingsUrl}`;
  const text = `${intro}\n\n${lines
    .map((l) => `- ${l.text}${l.link ? `\n  ${l.link}` : ''}`)
    .join('\n')}\n\n${footer}\n\n— Tend\n`;
  const items = lines
    .map(
      (l) =>
        `<li>${l.link ? `<a href="${escapeText(l.link)}">${escapeText(l.text)}</a>` : escapeText(l.text)}</li>`,
    )
    .join('\n');
  const html = `<p>${escapeText(intro)}</p>
<ul>
${items}
</ul>
<p style="color:#666;font-size:90%">You get this because you asked Tend for reminders. <a href="${escapeText(settingsUrl)}">Change or stop them</a>.</p>
<p>— Tend</p>`;
  return { to, subject, text, html };
}

export function dueMail(
  to: string,
  task: { id: string; title: string; when: string },
  publicUrl: string,
): Mail {
  return reminderMail(
    to,
    `Reminder: ${task.title}`,
    `"${task.title}" is due ${task.when}.`,
    [{ text: `Open "${task.title}"`, link: `${publicUrl}/tasks/${task.id}` }],
    `${publicUrl}/account/reminders`,
  );
}

export function digestMail(to: string, day: string, lines: MailLine[], publicUrl: string): Mail {
  const count = lines.length === 1 ? '1 thing' : `${lines.length} things`;
  return reminderMail(
    to,
    `Today in Tend: ${count} due`,
    `Due today (${day}) or overdue:`,
    lines,
    `${publicUrl}/account/reminders`,
  );
}
