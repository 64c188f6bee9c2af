/// <reference lib="dom" />
/**
 * Preselects the browser's own time zone in a time-zone list, so a person signing up
 * rarely has to look for it. Without JavaScript the server's default stays selected; a
 * choice the person already made (`data-kept`) stays as it is.
 */
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
document.querySelectorAll<HTMLSelectElement>('select[data-detect-timezone]').forEach((select) => {
  if (select.dataset.kept !== undefined) return;
  const option = Array.from(select.options).find((o) => o.value === zone);
  if (option) option.selected = true;
});
