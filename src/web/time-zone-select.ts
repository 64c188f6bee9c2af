import { type Html, html } from './html.ts';

let zones: readonly string[] | undefined;

/** Every IANA zone this server's clock knows, and UTC, which the list may leave out. */
export function timeZones(): readonly string[] {
  zones ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])].sort();
  return zones;
}

/**
 * A `<select>` of every zone with `selected` chosen (kept in the list even when it is an
 * older alias); its label is the caller's. `kept` marks a choice the person already made,
 * which timezone.js leaves alone instead of picking the browser's zone.
 */
export function timeZoneSelect(id: string, selected: string, kept = false): Html {
  const all = timeZones().includes(selected) ? timeZones() : [selected, ...timeZones()];
  return html`<select id="${id}" name="${id}" required data-detect-timezone${kept ? html` data-kept` : ''}>
${all.map(
  (z) =>
    html`<option value="${z}"${z === selected ? html` selected` : ''}>${z.replace(/_/g, ' ')}</option>\n`,
)}</select>`;
}
