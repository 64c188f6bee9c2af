/// <reference lib="dom" />
// Live updates for a page that lists 'live' in its scripts: when the person's data
// changes (GET /live, Server-Sent Events), the page fetches itself again and swaps each
// element marked `data-live-region` for the one with the same id in the fresh copy. The
// page works the same without this; it only saves a reload.

const DEBOUNCE_MS = 250;

let timer: number | undefined;
let fetching = false;
let again = false;
/** A region left alone because the person was in it: refreshed once they leave it. */
let skipped = false;
/** Forms the person has typed into since the page (or their region) was last replaced. */
const typedIn = new WeakSet<HTMLFormElement>();

function status(): HTMLElement {
  let el = document.getElementById('live-status');
  if (!el) {
    el = document.createElement('div');
    el.id = 'live-status';
    el.className = 'visually-hidden';
    el.setAttribute('role', 'status');
    el.setAttribute('aria-live', 'polite');
    document.body.append(el);
  }
  return el;
}

function announce(words: string): void {
  const el = status();
  el.textContent = '';
  // A change of text after a moment is what screen readers announce, even the same words.
  window.setTimeout(() => {
    el.textContent = words;
  }, 50);
}

function busy(region: Element): boolean {
  const active = document.activeElement;
  if (active && active !== document.body && region.contains(active)) return true;
  return Array.from(region.querySelectorAll('form')).some((form) => typedIn.has(form));
}

async function refresh(): Promise<void> {
  if (fetching) {
    again = true;
    return;
  }
  fetching = true;
  try {
    const reply = await fetch(window.location.href, {
      credentials: 'same-origin',
      headers: { Accept: 'text/html' },
      cache: 'no-store',
    });
    // Signed out, or sent elsewhere: the page as it is stays until the person reloads.
    if (!reply.ok || reply.redirected) return;
    const fresh = new DOMParser().parseFromString(await reply.text(), 'text/html');
    let changed = false;
    skipped = false;
    for (const region of Array.from(document.querySelectorAll('[data-live-region][id]'))) {
      const next = fresh.getElementById(region.id);
      if (!next || next.outerHTML === region.outerHTML) continue;
      if (busy(region)) {
        skipped = true;
        continue;
      }
      region.replaceWith(document.importNode(next, true));
      changed = true;
    }
    if (changed) announce('Updated');
  } catch {
    // Offline for a moment: the next change, or the reconnect, tries again.
  } finally {
    fetching = false;
    if (again) {
      again = false;
      void refresh();
    }
  }
}

function soon(): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void refresh(), DEBOUNCE_MS);
}

function start(): void {
  if (!document.querySelector('[data-live-region]') || !('EventSource' in window)) return;
  document.addEventListener('input', (e) => {
    const form = (e.target as Element | null)?.closest?.('form');
    if (form) typedIn.add(form);
  });
  document.addEventListener('submit', (e) => {
    if (e.target instanceof HTMLFormElement) typedIn.delete(e.target);
  });
  document.addEventListener('focusout', () => {
    if (skipped) soon();
  });
  const source = new EventSource('/live');
  let lost = false;
  source.addEventListener('change', soon);
  // EventSource reconnects by itself; what changed meanwhile was not heard, so look again.
  // Whether the page is live, for styles and for tests that wait for it.
  const state = (value: string) => {
    document.body.dataset.live = value;
  };
  source.addEventListener('error', () => {
    lost = true;
    state(source.readyState === EventSource.CLOSED ? 'off' : 'reconnecting');
  });
  source.addEventListener('open', () => {
    if (lost) soon();
    lost = false;
    state('on');
  });
}

start();
