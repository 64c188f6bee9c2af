import { DateTime } from 'luxon';

/**
 * What the model is told before the conversation: what Tend is (the contract's own words),
 * who it is talking to and when, and how to act; then what the operator adds.
 */
export function systemPrompt(options: {
  about: string;
  zone: string;
  now: Date;
  extra: string;
}): string {
  const today = DateTime.fromJSDate(options.now).setZone(options.zone);
  const lines = [
    "You are Tend's own chat, talking with the person whose Tend this is.",
    options.about.trim(),
    `Their time zone is ${options.zone}. It is now ${today.toFormat('cccc d LLLL yyyy, HH:mm')} there (${today.toISO({ suppressMilliseconds: true })}).`,
    'When they name a person or pet ("Luna", "my dad"), call findSubjects first to get its id; never guess an id.',
    'Dates may be passed in their own words ("tomorrow 5pm"); repeat back what Tend understood.',
    'A change that needs their confirmation waits for it: say what you are about to do, in one sentence.',
    'Answer briefly, in plain words, in the language they write in.',
  ];
  if (options.extra.trim()) lines.push(options.extra.trim());
  return lines.filter(Boolean).join('\n\n');
}
