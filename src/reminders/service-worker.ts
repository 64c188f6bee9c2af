import express, { type Router } from 'express';

/**
 * The service worker browsers run for Tend's notifications, served from the site's root so
 * its scope is the whole site. A push carries the JSON of push-sender.ts's PushPayload,
 * encrypted for this browser alone; a click opens the task on Tend, never another site.
 */
export const SERVICE_WORKER = `'use strict';
self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { body: event.data ? event.data.text() : '' };
  }
  const title = typeof data.title === 'string' ? data.title : 'Tend';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof data.body === 'string' ? data.body : '',
      tag: typeof data.tag === 'string' ? data.tag : undefined,
      icon: '/assets/favicon.svg',
      data: { url: typeof data.url === 'string' ? data.url : '/' },
    }),
  );
});
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data && event.notification.data.url || '/', self.location.origin);
  const url = target.origin === self.location.origin ? target.href : self.location.origin + '/';
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      for (const w of windows) {
        if (w.url === url && 'focus' in w) return w.focus();
      }
      return self.clients.openWindow(url);
    }),
  );
});
`;

export function serviceWorkerRouter(): Router {
  const router = express.Router();
  router.get('/sw.js', (_req, res) => {
    // Browsers check for a new worker on each visit; no-cache lets them revalidate.
    res.set({ 'Cache-Control': 'no-cache', 'Content-Type': 'text/javascript; charset=utf-8' });
    res.send(SERVICE_WORKER);
  });
  return router;
}
