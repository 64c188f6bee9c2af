/** What `initialize` tells the model about Tend's tools (MCP `InitializeResult.instructions`). */
export const INSTRUCTIONS = [
  'Tend keeps the user’s tasks and the care records of the people and pets they look after.',
  'Find a person or pet by name with findSubjects first and use its id; most writes and lists also take the name as `subject`, and a name fitting several or none answers 409 ambiguous_subject or 404 unknown_subject with `candidates`: ask the user which one.',
  'Date filters take an RFC 3339 date-time or a day (YYYY-MM-DD).',
  'To look something up by words use search; to read one item by id use fetch or getTask, getRecord, getSubject.',
  'Dates and times in words ("tomorrow 9am", "last Tuesday") are read in the user’s time zone: pass the user’s words in the *_text fields rather than computing dates yourself.',
  'Confirm with the user before deleting anything, undoing a change, or when a 409 says a duplicate is suspected; set confirm_duplicate only after they agree.',
  'A failed call returns a problem with a `hint`: follow it, and never invent ids.',
  'Lists return one page; pass `next_cursor` as `cursor` for the next.',
].join(' ');
