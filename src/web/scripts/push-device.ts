/// <reference lib="dom" />
/**
 * The Reminders page's "Turn on notifications on this device": asks the browser for
 * permission, registers Tend's service worker (/sw.js), subscribes it to Web Push with the
 * server's VAPID key, and hands the subscription to addPushDevice with the page's session
 * and CSRF token. Browsers without Web Push keep the part hidden.
 */
const box = document.querySelector<HTMLElement>('#push-device');
const button = document.querySelector<HTMLButtonElement>('#push-turn-on');
const status = document.querySelector<HTMLElement>('#push-status');
const key = box?.dataset.vapidKey ?? '';

function say(text: string): void {
  if (status) status.textContent = text;
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

async function turnOn(): Promise<void> {
  if (!button) return;
  button.disabled = true;
  try {
    if ((await Notification.requestPermission()) !== 'granted') {
      say(
        'Notifications are blocked for Tend in this browser. Allow them in its site settings, then try again.',
      );
      return;
    }
    say('Turning notifications on…');
    const registration = await navigator.serviceWorker.register('/sw.js');
    await navigator.serviceWorker.ready;
    const subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(key),
      }));
    const csrf = document.querySelector<HTMLInputElement>('input[name="csrf_token"]')?.value ?? '';
    const res = await fetch('/v1/account/reminders/devices', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(subscription.toJSON()),
    });
    if (!res.ok) {
      say('Tend could not keep this device. Reload the page and try again.');
      return;
    }
    say('Notifications are on for this device.');
    window.location.reload();
  } catch {
    say('This browser could not turn notifications on. Try again, or use another browser.');
  } finally {
    button.disabled = false;
  }
}

if (box && button && key && 'serviceWorker' in navigator && 'PushManager' in window) {
  box.hidden = false;
  button.addEventListener('click', () => void turnOn());
}
